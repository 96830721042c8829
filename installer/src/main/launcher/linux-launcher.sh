#!/bin/sh
# The app-image's launcher on Linux, in place of the one jpackage builds. jpackage's launcher asks
# rpm and then dpkg which package owns it (`dpkg -S` reads every installed package's file list)
# at every start, only to find its own library: 0.3-0.5 s before Java starts, more on a desktop
# with many packages (installer/README.md, "Start-up and memory"). This script starts the
# bundled runtime directly with what jpackage wrote into the launcher's .cfg file beside the
# class-data archive: the main module and the Java options, $APPDIR standing for lib/app.
launcher=$(readlink -f -- "$0")
app_directory=$(dirname -- "$(dirname -- "$launcher")")/lib/app
runtime=$(dirname -- "$app_directory")/runtime
configuration="$app_directory/$(basename -- "$launcher").cfg"
if [ ! -r "$configuration" ]; then
    echo "$(basename -- "$launcher"): cannot read $configuration; reinstall the app" >&2
    exit 1
fi

# The Java options go after the given arguments, which are then moved to the end: POSIX sh has
# no arrays, and this keeps every argument intact, spaces and all.
given=$#
main_module=
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        java-options=*)
            option=${line#java-options=}
            case $option in
                *'$APPDIR'*) option=${option%%'$APPDIR'*}$app_directory${option#*'$APPDIR'} ;;
            esac
            set -- "$@" "$option"
            ;;
        app.mainmodule=*) main_module=${line#app.mainmodule=} ;;
    esac
done < "$configuration"
# As jpackage's launcher does: the app's path, and no library path of the system's, so that no
# other JavaFX's native libraries can be picked up.
set -- "$@" "-Djpackage.app-path=$launcher" -Djava.library.path= --module "$main_module"
while [ "$given" -gt 0 ]; do
    set -- "$@" "$1"
    shift
    given=$((given - 1))
done
exec "$runtime/bin/java" "$@"
