package tcplab.options;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import tcplab.engine.LinuxSettings;

/**
 * Checks a Linux kernel setting written as {@code sysctl -w} takes it, {@code NAME=VALUE}, the
 * name with or without {@code net.ipv4.}: a known setting and a value Linux accepts for it.
 */
public final class SysctlAssignment implements ITypeConverter<String> {

    @Override
    public String convert(String assignment) {
        try {
            LinuxSettings.DEFAULTS.with(assignment);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
        return assignment;
    }
}
