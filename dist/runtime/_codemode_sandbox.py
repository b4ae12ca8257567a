"""Starts a process with only stdio and one channel descriptor, and becomes it. Inside the sandbox it also sets the
program's limits and installs the seccomp filter (libseccomp's Python binding) that keeps the program from the
kernel's namespace, mount, key, BPF, tracing and io_uring interfaces and from typing into a terminal; outside it
(the tool host) it only closes the descriptors.

Usage: python3 -I _codemode_sandbox.py --keep-fd FD [--no-filter] [--max-processes N] [--max-memory BYTES]
       <program> [args...]
"""

import errno
import os
import resource
import sys

# Flags of clone() that make a new namespace.
NAMESPACE_FLAGS = (
    0x00000080,  # CLONE_NEWTIME
    0x00020000,  # CLONE_NEWNS
    0x02000000,  # CLONE_NEWCGROUP
    0x04000000,  # CLONE_NEWUTS
    0x08000000,  # CLONE_NEWIPC
    0x10000000,  # CLONE_NEWUSER
    0x20000000,  # CLONE_NEWPID
    0x40000000,  # CLONE_NEWNET
)
DENIED = (
    "unshare", "setns", "mount", "umount2", "pivot_root", "chroot", "move_mount", "open_tree", "fsopen", "fsconfig",
    "fsmount", "fspick", "mount_setattr", "keyctl", "add_key", "request_key", "bpf", "perf_event_open", "userfaultfd",
    "io_uring_setup", "io_uring_enter", "io_uring_register", "ptrace", "process_vm_readv", "process_vm_writev",
    "kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module",
)  # fmt: skip
TIOCSTI = 0x5412
TIOCLINUX = 0x541C


USAGE = "usage: _codemode_sandbox.py --keep-fd FD [--no-filter] [--max-processes N] [--max-memory BYTES] <program> [args...]"
NUMBERS = {"--keep-fd": "keep_fd", "--max-processes": "max_processes", "--max-memory": "max_memory"}


def parse_arguments(argv):
    """The options, then the program's argv. Read by hand: importing argparse would cost each program's start
    more than all the rest of this file does."""
    options = {"keep_fd": None, "no_filter": False, "max_processes": None, "max_memory": None}
    index = 0
    while index < len(argv) and argv[index].startswith("--"):
        name = argv[index]
        if name == "--no-filter":
            options["no_filter"] = True
            index += 1
        elif name in NUMBERS and index + 1 < len(argv) and argv[index + 1].isdigit():
            options[NUMBERS[name]] = int(argv[index + 1])
            index += 2
        else:
            sys.exit(f"{USAGE}\ncodemode sandbox: cannot read the option {name}")
    if options["keep_fd"] is None or index == len(argv):
        sys.exit(f"{USAGE}\ncodemode sandbox: --keep-fd and a program are required")
    return options, argv[index:]


def close_descriptors(keep):
    os.closerange(3, keep)
    os.closerange(keep + 1, os.sysconf("SC_OPEN_MAX"))


def limit(kind, value):
    """Sets the soft and the hard limit, so that the program cannot raise it again."""
    _, hard = resource.getrlimit(kind)
    value = value if hard == resource.RLIM_INFINITY else min(value, hard)
    resource.setrlimit(kind, (value, value))


def install_filter():
    try:
        import seccomp
    except ImportError:
        sys.stderr.write("codemode sandbox: libseccomp's Python binding is missing (apt-get install python3-seccomp)\n")
        sys.exit(125)
    rules = seccomp.SyscallFilter(seccomp.ALLOW)
    denied = seccomp.ERRNO(errno.EPERM)
    for name in DENIED:
        try:
            rules.add_rule(denied, name)
        except (RuntimeError, ValueError):
            pass  # not a system call of this architecture
    for flag in NAMESPACE_FLAGS:
        rules.add_rule(denied, "clone", seccomp.Arg(0, seccomp.MASKED_EQ, flag, flag))
    # clone3 passes its flags in memory, which a filter cannot read: the C library falls back to clone.
    rules.add_rule(seccomp.ERRNO(errno.ENOSYS), "clone3")
    for request in (TIOCSTI, TIOCLINUX):
        rules.add_rule(denied, "ioctl", seccomp.Arg(1, seccomp.EQ, request))
    rules.load()


def main():
    options, program = parse_arguments(sys.argv[1:])
    close_descriptors(options["keep_fd"])
    if options["max_processes"] is not None:
        # Counted per user namespace, so per sandbox; the kernel exempts root.
        limit(resource.RLIMIT_NPROC, options["max_processes"])
    if options["max_memory"] is not None:
        # The data segment rather than the address space, which V8 and WebAssembly reserve far beyond their use.
        limit(resource.RLIMIT_DATA, options["max_memory"])
    if not options["no_filter"]:
        install_filter()
    os.execvp(program[0], program)


main()
