"""The bare round trip the tool call across the boundary is compared with: one process sends a line to another over
a socketpair, which sends it back, `sys.argv[1]` times. Prints the microseconds a round trip took, on average."""

import os
import socket
import sys
import time

MESSAGE = b'{"op":"call","id":1,"tool":"noop","args":[1],"kwargs":{}}\n'


def echo(end):
    while True:
        data = end.recv(65536)
        if not data:
            return
        end.sendall(data)


def main(rounds):
    parent, child = socket.socketpair()
    pid = os.fork()
    if pid == 0:
        parent.close()
        echo(child)
        os._exit(0)
    child.close()
    size = len(MESSAGE)
    started = time.perf_counter()
    for _ in range(rounds):
        parent.sendall(MESSAGE)
        received = 0
        while received < size:
            received += len(parent.recv(65536))
    elapsed = time.perf_counter() - started
    parent.close()
    os.waitpid(pid, 0)
    print(elapsed * 1e6 / rounds)


if __name__ == "__main__":
    main(int(sys.argv[1]))
