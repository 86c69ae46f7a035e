"""Peak resident memory of this process, for the benchmark reference scripts (Linux; read from /proc)."""


def peak_reset():
    """Resets the kernel's peak-RSS counter (VmHWM) of this process; ignored where /proc cannot do it."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def peak_mb():
    """Peak resident memory since the last reset, in MB (VmHWM), or NaN when unknown."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")
