//%attributes = {}
// 4d/docs throw: with componentSignature and errCode and no message, the message is the project's XLIFF string ERR_<signature>_<code>, placeholders filled from the object
Try
	throw({componentSignature: "KTLE"; errCode: 12; temperature: 140})
Catch
	ALERT(Last errors[0].message+" | "+Last errors[0].componentSignature+" "+String(Last errors[0].errCode))
End try
Try
	throw({componentSignature: "KTLE"; errCode: 13})
Catch
	ALERT(Last errors[0].message)
End try
Try
	throw({componentSignature: "KTLE"; errCode: 12; message: "given {temperature}"; temperature: 5})
Catch
	ALERT(Last errors[0].message)
End try
