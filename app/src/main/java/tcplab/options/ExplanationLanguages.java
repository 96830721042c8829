package tcplab.options;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import tcplab.i18n.Language;

/**
 * Reads {@code --explain}: one language's tag, or {@code both} for every language the lab speaks,
 * in the order the window offers them (Korean, then English).
 */
public final class ExplanationLanguages implements ITypeConverter<List<Language>> {

    /** The value that asks for every language. */
    public static final String BOTH = "both";

    @Override
    public List<Language> convert(String value) {
        if (BOTH.equalsIgnoreCase(value)) {
            return List.of(Language.values());
        }
        return Language.fromTag(value).map(List::of).orElseThrow(() -> new TypeConversionException(
                "expected one of " + String.join(", ", tags()) + " or " + BOTH + ", got " + ShownValue.quoted(value)));
    }

    private static List<String> tags() {
        return Arrays.stream(Language.values()).map(Language::tag).toList();
    }
}
