"""Runs inside the sandbox before the program and then becomes it: closes every descriptor but stdio and the
channel, and installs the seccomp filter (libseccomp's Python binding) that keeps the program from the kernel's
namespace, mount, key, BPF, tracing and io_uring interfaces and from typing into a terminal.

Usage: python3 -I _codemode_sandbox.py <channel fd> <program> [args...]
"""

import errno
import os
import sys

try:
    import seccomp
except ImportError:
    sys.stderr.write("codemode sandbox: libseccomp's Python binding is missing (apt-get install python3-seccomp)\n")
    sys.exit(125)

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


def close_descriptors(channel):
    os.closerange(3, channel)
    os.closerange(channel + 1, os.sysconf("SC_OPEN_MAX"))


def install_filter():
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
    channel, program = int(sys.argv[1]), sys.argv[2:]
    close_descriptors(channel)
    install_filter()
    os.execv(program[0], program)


main()
