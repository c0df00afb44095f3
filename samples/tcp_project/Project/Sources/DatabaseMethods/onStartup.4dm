// fourd sample project: a TCP server and an asynchronous TCP client, each running in its
// own worker, written with classes as in the 4D documentation.
// Try it: fourd run samples/tcp_project
//
// onStartup starts the worker "tcp_server" (method StartServer), which listens on a free
// port and then starts the worker "tcp_client" (method RunClient). The client sends three
// lines, prints the echoed answers and disconnects; its onShutdown asks the server worker
// to stop (method StopServer). fourd exits (0) once no listener or connection is left.
CALL WORKER("tcp_server"; "StartServer")
