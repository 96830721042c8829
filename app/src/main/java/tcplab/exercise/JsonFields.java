package tcplab.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tcplab.i18n.Message;

/**
 * One JSON object of an exercise being read, with the path that names it ({@code links.clientToServer}),
 * so that every problem names the field and what was expected.
 */
final class JsonFields {

    /** How much of a wrong value a message quotes. */
    private static final int SHOWN_CHARS = 40;

    private final String path;
    private final JsonNode node;

    private JsonFields(String path, JsonNode node) {
        this.path = path;
        this.node = node;
    }

    /** The top-level object; anything else is a problem naming the whole exercise. */
    static JsonFields root(JsonNode node, Set<String> known) throws ExerciseProblem {
        if (!node.isObject()) {
            throw expected("(exercise)", node, Message.of("exercise.expected.object"));
        }
        return new JsonFields("", node).onlyKnown(known);
    }

    /** Refuses a field this object does not have, so that a misspelt name is not silently ignored. */
    private JsonFields onlyKnown(Set<String> known) throws ExerciseProblem {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new ExerciseProblem(Message.of("exercise.problem.unknownField", name(name),
                        String.join(", ", known.stream().sorted().toList())));
            }
        }
        return this;
    }

    boolean has(String field) {
        return node.has(field);
    }

    /** A nested object with exactly these known fields. */
    JsonFields object(String field, Set<String> known) throws ExerciseProblem {
        JsonNode value = required(field, Message.of("exercise.expected.object"));
        if (!value.isObject()) {
            throw expected(name(field), value, Message.of("exercise.expected.object"));
        }
        return new JsonFields(name(field), value).onlyKnown(known);
    }

    /** A list of objects with exactly these known fields. */
    List<JsonFields> objects(String field, Set<String> known) throws ExerciseProblem {
        List<JsonFields> elements = new ArrayList<>();
        int index = 0;
        for (JsonNode element : list(field, Message.of("exercise.expected.object"))) {
            String elementName = name(field) + "[" + index++ + "]";
            if (!element.isObject()) {
                throw expected(elementName, element, Message.of("exercise.expected.object"));
            }
            elements.add(new JsonFields(elementName, element).onlyKnown(known));
        }
        return elements;
    }

    /** A list of texts, each checked by {@code check}. */
    <T> List<T> strings(String field, Message what, TextCheck<T> check) throws ExerciseProblem {
        List<T> values = new ArrayList<>();
        int index = 0;
        for (JsonNode element : list(field, what)) {
            String elementName = name(field) + "[" + index++ + "]";
            if (!element.isTextual()) {
                throw expected(elementName, element, what);
            }
            Optional<T> value = check.read(element.textValue());
            if (value.isEmpty()) {
                throw expected(elementName, element, what);
            }
            values.add(value.get());
        }
        return values;
    }

    private List<JsonNode> list(String field, Message elements) throws ExerciseProblem {
        Message what = Message.of("exercise.expected.list", elements);
        JsonNode value = required(field, what);
        if (!value.isArray()) {
            throw expected(name(field), value, what);
        }
        List<JsonNode> elementsRead = new ArrayList<>();
        value.forEach(elementsRead::add);
        return elementsRead;
    }

    /** A text, any text. */
    String string(String field) throws ExerciseProblem {
        Message what = Message.of("exercise.expected.text");
        JsonNode value = required(field, what);
        if (!value.isTextual()) {
            throw expected(name(field), value, what);
        }
        return value.textValue();
    }

    /** A text that {@code check} accepts; {@code what} says what it accepts. */
    <T> T string(String field, Message what, TextCheck<T> check) throws ExerciseProblem {
        JsonNode value = required(field, what);
        if (!value.isTextual()) {
            throw expected(name(field), value, what);
        }
        return check.read(value.textValue()).orElseThrow(() -> expected(name(field), value, what));
    }

    /** {@code true} or {@code false}. */
    boolean bool(String field) throws ExerciseProblem {
        Message what = Message.of("exercise.expected.boolean");
        JsonNode value = required(field, what);
        if (!value.isBoolean()) {
            throw expected(name(field), value, what);
        }
        return value.booleanValue();
    }

    /** A whole number from {@code min} to {@code max}. */
    long whole(String field, long min, long max) throws ExerciseProblem {
        Message what = Message.of("exercise.expected.whole", Long.toString(min), Long.toString(max));
        JsonNode value = required(field, what);
        if (!value.isIntegralNumber()) {
            throw expected(name(field), value, what);
        }
        BigInteger number = value.bigIntegerValue();
        if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            throw expected(name(field), value, what);
        }
        return number.longValueExact();
    }

    /** A number, with or without decimals, from {@code min} to {@code max}. */
    double number(String field, double min, double max) throws ExerciseProblem {
        Message what = Message.of("exercise.expected.number", BigDecimal.valueOf(min).stripTrailingZeros()
                .toPlainString(), BigDecimal.valueOf(max).stripTrailingZeros().toPlainString());
        JsonNode value = required(field, what);
        if (!value.isNumber()) {
            throw expected(name(field), value, what);
        }
        double number = value.doubleValue();
        if (!(number >= min && number <= max)) {
            throw expected(name(field), value, what);
        }
        return number;
    }

    private JsonNode required(String field, Message what) throws ExerciseProblem {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new ExerciseProblem(Message.of("exercise.problem.missing", name(field), what));
        }
        return value;
    }

    /** The full name of a field of this object. */
    String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static ExerciseProblem expected(String name, JsonNode value, Message what) {
        String shown = value.toString();
        if (shown.length() > SHOWN_CHARS) {
            shown = shown.substring(0, SHOWN_CHARS) + "...";
        }
        return new ExerciseProblem(Message.of("exercise.problem.expected", name, what, shown));
    }

    /** Reads a text into a value, or finds it is not one. */
    @FunctionalInterface
    interface TextCheck<T> {
        Optional<T> read(String text);
    }
}
