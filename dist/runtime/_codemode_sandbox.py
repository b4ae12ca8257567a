"""Starts a process with only stdio and one channel descriptor, and becomes it. Inside the sandbox it also sets the
program's limits and installs the seccomp filter (libseccomp's Python binding) that keeps the program from the
kernel's namespace, mount, key, BPF, tracing and io_uring interfaces and from typing into a terminal; outside it
(the tool host) it only closes the descriptors.

Usage: python3 -I _codemode_sandbox.py --keep-fd FD [--no-filter] [--max-processes N] [--max-memory BYTES]
       <program> [args...]
"""

import argparse
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


def parse_arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep-fd", type=int, required=True)
    parser.add_argument("--no-filter", action="store_true")
    parser.add_argument("--max-processes", type=int)
    parser.add_argument("--max-memory", type=int)
    parser.add_argument("program", nargs=argparse.REMAINDER)
    return parser.parse_args()


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
    arguments = parse_arguments()
    close_descriptors(arguments.keep_fd)
    if arguments.max_processes is not None:
        # Counted per user namespace, so per sandbox; the kernel exempts root.
        limit(resource.RLIMIT_NPROC, arguments.max_processes)
    if arguments.max_memory is not None:
        # The data segment rather than the address space, which V8 and WebAssembly reserve far beyond their use.
        limit(resource.RLIMIT_DATA, arguments.max_memory)
    if not arguments.no_filter:
        install_filter()
    os.execvp(arguments.program[0], arguments.program)


main()
