//%attributes = {"invisible":true,"shared":true,"preemptive":"capable","publishedWeb":true}
ALERT("hello")
