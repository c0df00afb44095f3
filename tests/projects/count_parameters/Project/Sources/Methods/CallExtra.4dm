ALERT(Extra("a"; 2; "c"))
ALERT(Extra("b"; True; "d"))
