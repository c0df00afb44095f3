// language.md §11.5: {prop} placeholders in message are filled from the other properties of errorObj; custom signature kept
Try
	throw({componentSignature: "xbox"; errCode: 600; message: "File {name} not found ({path})"; name: "myFileName"; path: "myFilePath"})
Catch
	ALERT(Last errors[0].message)
	ALERT(Last errors[0].componentSignature)
	ALERT(String(Last errors[0].errCode))
	ALERT(Last errors[0].name)
End try
