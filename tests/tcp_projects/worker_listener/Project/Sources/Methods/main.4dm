// A TCP server in a worker, as real 4D projects write it (after miyako/4d-tips-tcp, MIT):
// the worker is found with Process activity or started with CALL WORKER; the listener and
// its connections are class instances; a JSON header announces the size of the payload.
#DECLARE($port : Text)
Server(cs.Listener; "Server"; Num($port))
