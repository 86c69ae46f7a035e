#!/usr/bin/env bash
# Installs ailab for a class on a shared Linux server, so that learners cannot tamper with it.
#
#   sudo scripts/install-class.sh [--prefix /usr/local] [--group ailab] [--database /var/lib/ailab/ailab.sqlite]
#                                 [--course-file course.json] [--course DIR] [--binary PATH]
#
# What it sets up (README, "Running a class", explains why):
#   PREFIX/bin/ailab              root:GROUP 2755  set-group-ID: ailab opens the keys and the database, then
#                                                  gives the group up before it reads anything a learner names
#   PREFIX/share/ailab/           root:root  755   course.json, datasets/, lessons/ and the competitions'
#                                                  rules (grader/*/competition.json): readable by everyone
#   PREFIX/share/ailab/grader/*/solution.csv
#                                 root:GROUP 640   the answer keys: the group only
#   dirname(DATABASE)/            root:GROUP 2770  the class database and its -wal and -shm files (660)
# Learners need no account changes: anyone who can log in can run ailab, as themselves.
# Running it again upgrades the binary and the course and keeps the database.
set -euo pipefail

usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; }

prefix=/usr/local
group=ailab
database=/var/lib/ailab/ailab.sqlite
source_dir="$(cd "$(dirname "$0")/.." && pwd)"
course_file=""
binary=""
while (($# > 0)); do
    case "$1" in
        --prefix) prefix="$2"; shift 2 ;;
        --group) group="$2"; shift 2 ;;
        --database) database="$2"; shift 2 ;;
        --course) source_dir="$(cd "$2" && pwd)"; shift 2 ;;
        --course-file) course_file="$2"; shift 2 ;;
        --binary) binary="$2"; shift 2 ;;
        -h | --help) usage; exit 0 ;;
        *) echo "install-class.sh: unknown option '$1' (--help lists them)" >&2; exit 64 ;;
    esac
done
[ -n "$course_file" ] || course_file="$source_dir/course.json"

fail() { echo "install-class.sh: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "run it as root (sudo): it creates a group and installs a set-group-ID binary"
case "$database" in /*) ;; *) fail "--database must be an absolute path, not '$database'" ;; esac
case "$prefix" in /*) ;; *) fail "--prefix must be an absolute path, not '$prefix'" ;; esac
for part in course.json grader datasets lessons; do
    [ -e "$source_dir/$part" ] || fail "$source_dir has no $part: pass the course folder with --course"
done
[ -f "$course_file" ] || fail "no course file at $course_file"

if [ -z "$binary" ]; then
    echo "Building ailab (release) ..." >&2
    (cd "$source_dir" && swift build -c release --product ailab > /dev/null)
    binary="$source_dir/.build/release/ailab"
fi
[ -x "$binary" ] || fail "no ailab binary at $binary"
# A course with problems is not installed: the check lists them with their files and lines.
if ! report="$("$binary" course check "$source_dir")"; then
    echo "$report" >&2
    fail "fix the course first"
fi

getent group "$group" > /dev/null || groupadd --system "$group"

share="$prefix/share/ailab"
install -d -o root -g root -m 755 "$prefix" "$prefix/bin" "$prefix/share" "$share"
# The course is replaced as a whole, so that files removed from it do not linger.
rm -rf "$share/datasets" "$share/lessons" "$share/grader"
cp -R "$source_dir/datasets" "$source_dir/lessons" "$source_dir/grader" "$share/"
chown -R root:root "$share/datasets" "$share/lessons" "$share/grader"
chmod -R u=rwX,go=rX "$share/datasets" "$share/lessons" "$share/grader"
# Everything in grader/ but the rules and READMEs is hidden: the answer keys above all.
find "$share/grader" -type f ! -name competition.json ! -name README.md -exec chown "root:$group" {} + -exec chmod 640 {} +

# course.json, with the database named (unless the file names one already).
if grep -q '"database"' "$course_file"; then
    install -o root -g root -m 644 "$course_file" "$share/course.json"
else
    sed "0,/{/s||{\n  \"database\": \"$database\",|" "$course_file" > "$share/course.json.new"
    chown root:root "$share/course.json.new"
    chmod 644 "$share/course.json.new"
    mv "$share/course.json.new" "$share/course.json"
fi

install -o root -g "$group" -m 2755 "$binary" "$prefix/bin/ailab.new"
mv "$prefix/bin/ailab.new" "$prefix/bin/ailab"

# The database: ailab run by root through the installed binary creates it (and its -wal and -shm files,
# which then stay) with the right owner and mode, and applies the migrations.
install -d -o root -g "$group" -m 2770 "$(dirname "$database")"
"$prefix/bin/ailab" competitions > /dev/null
for file in "$database" "$database-wal" "$database-shm"; do
    [ -f "$file" ] || fail "ailab did not create $file"
    chown "root:$group" "$file"
    chmod 660 "$file"
done

cat >&2 << DONE
Installed ailab for a class:
  binary     $prefix/bin/ailab (set-group-ID $group)
  course     $share (answer keys readable by $group only)
  database   $database
Instructors are the logins in $share/course.json ("instructors"); edit it as root.
After editing the installed course, check it with: sudo $prefix/bin/ailab course check
DONE
