package tcplab.options;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/** Converts a lesson's id, checking that the catalogue has it. */
public final class ScenarioId implements ITypeConverter<String> {

    @Override
    public String convert(String id) {
        if (ScenarioCatalog.find(id).isEmpty()) {
            throw new TypeConversionException("no lesson is called " + ShownValue.quoted(id) + " (known: "
                    + String.join(", ", ScenarioCatalog.all().stream().map(Scenario::id).toList()) + ")");
        }
        return id;
    }
}
