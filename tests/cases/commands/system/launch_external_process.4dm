// LAUNCH EXTERNAL PROCESS (C811) and SET ENVIRONMENT VARIABLE (C812), on a POSIX system
var $in; $out; $err : Text
$in:="hello from 4D"
LAUNCH EXTERNAL PROCESS("/bin/cat"; $in; $out)
ALERT($out+" / OK="+String(OK))
LAUNCH EXTERNAL PROCESS("sh -c 'echo to-stdout; echo to-stderr 1>&2; exit 3'"; $in; $out; $err)
ALERT(Replace string($out; "\n"; "")+" "+Replace string($err; "\n"; ""))
var $blob : Blob
LAUNCH EXTERNAL PROCESS("printf 'A\\000B'"; $in; $blob)
ALERT(String(BLOB size($blob))+" "+String($blob{1}))
var $pid : Integer
LAUNCH EXTERNAL PROCESS("true"; $pid)
ALERT(String($pid>0))
LAUNCH EXTERNAL PROCESS("/no/such/program"; $in; $out)
ALERT("missing: OK="+String(OK))
SET ENVIRONMENT VARIABLE("FOURD_TEST_VAR"; "from 4D")
LAUNCH EXTERNAL PROCESS("sh -c 'echo \"[$FOURD_TEST_VAR]\"'"; $in; $out)
ALERT(Replace string($out; "\n"; ""))
LAUNCH EXTERNAL PROCESS("sh -c 'echo \"[$FOURD_TEST_VAR]\"'"; $in; $out)
ALERT(Replace string($out; "\n"; "")+" (only the next launch sees it)")
SET ENVIRONMENT VARIABLE("_4D_OPTION_CURRENT_DIRECTORY"; "/")
LAUNCH EXTERNAL PROCESS("pwd"; $in; $out)
ALERT(Replace string($out; "\n"; ""))
$out:="unchanged"
SET ENVIRONMENT VARIABLE("_4D_OPTION_BLOCKING_EXTERNAL_PROCESS"; "false")
LAUNCH EXTERNAL PROCESS("sleep 0"; $in; $out; $err; $pid)
ALERT($out+" "+String($pid>0)+" OK="+String(OK))
