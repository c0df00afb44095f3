// Doc: https://developer.4d.com/docs/commands/sin#description
// Sin, Cos and Tan take radians: Sin(Pi/2)=1, Cos(Pi)=-1, Tan(45*Degree)=1
ASSERT(Sin(Pi/2)=1; "Sin gave "+String(Sin(Pi/2)))
ASSERT(Cos(Pi)=-1; "Cos gave "+String(Cos(Pi)))
ASSERT(Tan(45*Degree)=1; "Tan gave "+String(Tan(45*Degree)))
