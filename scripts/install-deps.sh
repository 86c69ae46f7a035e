#!/usr/bin/env bash
# Installs the system packages ailab needs to build and test, when any is missing. Safe to run again:
# it does nothing (and needs no network) when everything is already installed.
set -euo pipefail

# Debian/Ubuntu packages: SQLite's headers for the store (GRDB links the system libsqlite3), and
# ncursesw for the full-screen navigator, GitHub's cmark-gfm with its extensions for the lessons' markdown,
# and tmux, which the end-to-end tests drive the navigator through.
packages=(libsqlite3-dev libncurses-dev libcmark-gfm-dev libcmark-gfm-extensions-dev tmux)

if command -v dpkg-query > /dev/null; then
    missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2> /dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if ((${#missing[@]} > 0)); then
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        echo "Installing ${missing[*]} ..." >&2
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" > /dev/null
    fi
fi

# With --test (make test): python3 with NumPy, pandas, scikit-learn and matplotlib, which the tests use to
# run the lessons' Python. Only what python3 cannot import yet is installed; ailab itself never needs them.
if [ "${1:-}" = "--test" ] && command -v dpkg-query > /dev/null; then
    declare -A modules=([numpy]=python3-numpy [pandas]=python3-pandas [sklearn]=python3-sklearn [matplotlib]=python3-matplotlib)
    missing=()
    for module in "${!modules[@]}"; do
        python3 -c "import $module" 2> /dev/null || missing+=("${modules[$module]}")
    done
    if ((${#missing[@]} > 0)); then
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        if python3 -m pip --version > /dev/null 2>&1 && python3 -c "import numpy" 2> /dev/null; then
            # NumPy came from pip: Debian's builds of the others expect Debian's older NumPy, so use pip too.
            wheels=("${missing[@]#python3-}")
            wheels=("${wheels[@]/sklearn/scikit-learn}")
            echo "Installing ${wheels[*]} with pip (for the lesson code tests) ..." >&2
            $sudo python3 -m pip install --quiet --root-user-action=ignore "${wheels[@]}"
        else
            echo "Installing ${missing[*]} (for the lesson code tests) ..." >&2
            $sudo apt-get update -qq
            DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" > /dev/null
        fi
    fi
fi

if ! command -v swift > /dev/null; then
    echo "ailab needs Swift 6.1 or newer on PATH (https://www.swift.org/install/)." >&2
    exit 1
fi
