// language.md §11.5 / §11.6: the whole throw object appears in Last errors, with its custom properties
Try(throw({errCode: 5; message: "m"; detail: "extra"; count: 3}))
ALERT(Last errors[0].detail)
ALERT(String(Last errors[0].count))
ALERT(Last errors[0].componentSignature)
