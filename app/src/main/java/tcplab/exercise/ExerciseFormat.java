package tcplab.exercise;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.TypeConversionException;
import tcplab.engine.LinuxSetting;
import tcplab.engine.LinuxSettings;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Simulator;
import tcplab.engine.Side;
import tcplab.engine.TimerProfile;
import tcplab.i18n.BilingualText;
import tcplab.i18n.Language;
import tcplab.i18n.Message;
import tcplab.options.DropSpec;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.LinkChoice;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/**
 * The exercise file format, version {@value #VERSION}, as {@code docs/exercise-format.md}
 * describes it: JSON read and written with Jackson. Reading checks every field and refuses
 * unknown ones; the first problem is an {@link ExerciseProblem} naming the field. Files of
 * version 1 (without teacher questions) are read too; writing always writes the latest version.
 */
public final class ExerciseFormat {

    /** The version this lab writes: version 2 added the teacher's questions. */
    public static final int VERSION = 2;
    /** The oldest version this lab still reads. */
    public static final int OLDEST_VERSION = 1;
    /** Larger input is not an exercise: a whole exercise with long teacher texts stays far below it. */
    public static final int MAX_BYTES = 1 << 20;

    private static final String CLIENT_TO_SERVER = "clientToServer";
    private static final String SERVER_TO_CLIENT = "serverToClient";
    private static final Set<String> TOP = Set.of("version", "lesson", "profile", "seed", "isn", "linux", "links",
            "drops", "startMillis", "language", "teacher");
    private static final Set<String> ISN = Set.of("mode", "client", "server");
    private static final Set<String> LINKS = Set.of(CLIENT_TO_SERVER, SERVER_TO_CLIENT);
    private static final Set<String> LINK = Set.of("lossPercent", "delayMillis", "jitterMillis");
    private static final Set<String> LINUX = Arrays.stream(LinuxSetting.values()).map(LinuxSetting::sysctlName)
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> TEACHER_V1 = Set.of("task", "hints");
    private static final Set<String> TEACHER = Set.of("task", "hints", "questions");
    private static final Set<String> QUESTION = Set.of("beforeEvent", "prompt", "choices");
    private static final Set<String> CHOICE = Set.of("text", "correct", "feedback");
    private static final Set<String> BILINGUAL = Set.of("ko", "en");
    private static final String ISN_FIXED = "fixed";
    private static final String ISN_RFC = "rfc9293";
    private static final long MAX_ISN = 0xFFFF_FFFFL;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(100).maxNestingDepth(20).build());
    }

    private ExerciseFormat() {
    }

    /**
     * The exercise as JSON text.
     *
     * @param complete whether to write every field (a file a teacher edits), or leave out those that
     *                 say what reading assumes anyway (a text code, which should be short)
     */
    public static String write(Exercise exercise, boolean complete) {
        LessonInputs inputs = exercise.inputs();
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        root.put("lesson", inputs.scenario().id());
        root.put("profile", profileName(inputs.profile()));
        root.put("seed", inputs.seed());
        ObjectNode isn = root.putObject("isn");
        isn.put("mode", inputs.fixedIsn() ? ISN_FIXED : ISN_RFC);
        if (complete || inputs.fixedIsn() || inputs.clientIsn() != LessonInputs.DEFAULT_CLIENT_ISN
                || inputs.serverIsn() != LessonInputs.DEFAULT_SERVER_ISN) {
            isn.put("client", inputs.clientIsn());
            isn.put("server", inputs.serverIsn());
        }
        if (complete || !inputs.linux().equals(inputs.scenario().linux())) {
            ObjectNode linux = root.putObject("linux");
            for (LinuxSetting setting : LinuxSetting.values()) {
                linux.put(setting.sysctlName(), inputs.linux().get(setting));
            }
        }
        LessonInputs own = LessonInputs.of(inputs.scenario());
        if (complete || !inputs.links().equals(own.links())) {
            ObjectNode links = root.putObject("links");
            writeLink(links.putObject(CLIENT_TO_SERVER), inputs.link(Side.CLIENT));
            writeLink(links.putObject(SERVER_TO_CLIENT), inputs.link(Side.SERVER));
        }
        if (complete || !inputs.learnerFaults().isEmpty()) {
            ArrayNode drops = root.putArray("drops");
            inputs.learnerFaults().forEach(fault -> drops.add(DropSpec.format(fault)));
        }
        if (complete || exercise.startMillis() != 0) {
            root.put("startMillis", exercise.startMillis());
        }
        exercise.language().ifPresent(language -> root.put("language", language.tag()));
        TeacherText teacher = exercise.teacher();
        if (complete || !teacher.equals(TeacherText.NONE)) {
            ObjectNode text = root.putObject("teacher");
            writeText(text.putObject("task"), teacher.task());
            ArrayNode hints = text.putArray("hints");
            teacher.hints().forEach(hint -> writeText(hints.addObject(), hint));
            if (complete || !teacher.questions().isEmpty()) {
                ArrayNode questions = text.putArray("questions");
                teacher.questions().forEach(question -> writeQuestion(questions.addObject(), QuestionDraft.of(question)));
            }
        }
        try {
            return complete ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n"
                    : JSON.writeValueAsString(root);
        } catch (JacksonException e) {
            throw new IllegalStateException("a JSON tree in memory could not be written", e);
        }
    }

    private static void writeLink(ObjectNode node, LinkChoice link) {
        node.put("lossPercent", link.lossPercent());
        node.put("delayMillis", link.delayMillis());
        node.put("jitterMillis", link.jitterMillis());
    }

    private static void writeQuestion(ObjectNode node, QuestionDraft question) {
        node.put("beforeEvent", question.beforeEvent());
        writeText(node.putObject("prompt"), question.prompt());
        ArrayNode choices = node.putArray("choices");
        for (QuestionDraft.ChoiceDraft choice : question.choices()) {
            ObjectNode written = choices.addObject();
            writeText(written.putObject("text"), choice.text());
            written.put("correct", choice.correct());
            if (!choice.feedback().isEmpty()) {
                writeText(written.putObject("feedback"), choice.feedback());
            }
        }
    }

    private static void writeText(ObjectNode node, BilingualText text) {
        node.put("ko", text.ko());
        node.put("en", text.en());
    }

    /** Reads an exercise from its JSON text, checking every field. */
    public static Exercise read(String json) throws ExerciseProblem {
        if (json.length() > MAX_BYTES) {
            throw new ExerciseProblem(Message.of("exercise.problem.tooLarge", Integer.toString(MAX_BYTES)));
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new ExerciseProblem(Message.of("exercise.problem.notJson", Integer.toString(at == null ? 0 : at.getLineNr()),
                    Integer.toString(at == null ? 0 : at.getColumnNr())));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ExerciseProblem(Message.of("exercise.problem.notJson", "1", "1"));
        }
        return read(JsonFields.root(tree, TOP));
    }

    private static Exercise read(JsonFields root) throws ExerciseProblem {
        long version = root.whole("version", 0, Integer.MAX_VALUE);
        if (version < OLDEST_VERSION || version > VERSION) {
            throw new ExerciseProblem(Message.of("exercise.problem.version", Long.toString(version),
                    OLDEST_VERSION + "–" + VERSION));
        }
        Scenario scenario = root.string("lesson", Message.of("exercise.expected.lesson"), ScenarioCatalog::find);
        TimerProfile profile = root.string("profile", Message.of("exercise.expected.oneOf", "rfc, linux"),
                ExerciseFormat::profile);
        long seed = root.whole("seed", Long.MIN_VALUE, Long.MAX_VALUE);
        JsonFields isn = root.object("isn", ISN);
        boolean fixedIsn = isn.string("mode", Message.of("exercise.expected.oneOf", ISN_FIXED + ", " + ISN_RFC),
                mode -> mode.equals(ISN_FIXED) ? Optional.of(true)
                        : mode.equals(ISN_RFC) ? Optional.of(false) : Optional.empty());
        long clientIsn = isn.has("client") || fixedIsn ? isn.whole("client", 0, MAX_ISN) : LessonInputs.DEFAULT_CLIENT_ISN;
        long serverIsn = isn.has("server") || fixedIsn ? isn.whole("server", 0, MAX_ISN) : LessonInputs.DEFAULT_SERVER_ISN;
        LessonInputs own = LessonInputs.of(scenario);
        LinuxSettings linux = root.has("linux") ? linux(root.object("linux", LINUX), scenario.linux())
                : scenario.linux();
        Map<Side, LinkChoice> links = own.links();
        if (root.has("links")) {
            JsonFields both = root.object("links", LINKS);
            links = Map.of(Side.CLIENT, link(both.object(CLIENT_TO_SERVER, LINK)),
                    Side.SERVER, link(both.object(SERVER_TO_CLIENT, LINK)));
        }
        List<ScriptedFault> drops = root.has("drops")
                ? root.strings("drops", Message.of("exercise.expected.drop"), ExerciseFormat::drop)
                : List.of();
        long start = root.has("startMillis") ? root.whole("startMillis", 0, Exercise.MAX_START_MILLIS) : 0;
        Optional<Language> language = root.has("language")
                ? Optional.of(root.string("language", Message.of("exercise.expected.oneOf", languageTags()),
                        Language::fromTag))
                : Optional.empty();
        JsonFields teacherFields = root.has("teacher")
                ? root.object("teacher", version == OLDEST_VERSION ? TEACHER_V1 : TEACHER) : null;
        LessonInputs inputs = new LessonInputs(scenario, profile, seed, fixedIsn, clientIsn, serverIsn, links,
                List.of(), linux);
        for (ScriptedFault drop : drops) {
            inputs = inputs.withFault(drop);
        }
        TeacherText teacher = teacherFields == null ? TeacherText.NONE : teacher(teacherFields, inputs);
        return new Exercise(inputs, start, language, teacher);
    }

    private static LinuxSettings linux(JsonFields node, LinuxSettings own) throws ExerciseProblem {
        LinuxSettings settings = own;
        for (LinuxSetting setting : LinuxSetting.values()) {
            if (node.has(setting.sysctlName())) {
                settings = settings.with(setting, (int) node.whole(setting.sysctlName(), setting.min(), setting.max()));
            }
        }
        return settings;
    }

    private static LinkChoice link(JsonFields node) throws ExerciseProblem {
        return new LinkChoice(node.number("lossPercent", 0, 100),
                (int) node.whole("delayMillis", 0, LinkChoice.MAX_DELAY_MILLIS),
                (int) node.whole("jitterMillis", 0, LinkChoice.MAX_JITTER_MILLIS));
    }

    private static TeacherText teacher(JsonFields node, LessonInputs inputs) throws ExerciseProblem {
        BilingualText task = node.has("task") ? bilingual(node.object("task", BILINGUAL)) : BilingualText.EMPTY;
        List<BilingualText> hints = new ArrayList<>();
        if (node.has("hints")) {
            for (JsonFields hint : node.objects("hints", BILINGUAL)) {
                hints.add(bilingual(hint));
            }
        }
        List<QuestionDraft> drafts = new ArrayList<>();
        if (node.has("questions")) {
            for (JsonFields question : node.objects("questions", QUESTION)) {
                drafts.add(question(question));
            }
        }
        // The questions are anchored to events of the exercise's run: the inputs fix it, so it is run once here.
        int events = drafts.isEmpty() ? 0 : Simulator.run(inputs.simulationInput()).events().size();
        String questions = node.name("questions");
        return new TeacherText(task, hints, QuestionDraft.check(drafts, events, i -> questions + "[" + i + "]"));
    }

    private static QuestionDraft question(JsonFields node) throws ExerciseProblem {
        int beforeEvent = (int) node.whole("beforeEvent", 1, Integer.MAX_VALUE);
        BilingualText prompt = bilingual(node.object("prompt", BILINGUAL));
        List<QuestionDraft.ChoiceDraft> choices = new ArrayList<>();
        for (JsonFields choice : node.objects("choices", CHOICE)) {
            choices.add(new QuestionDraft.ChoiceDraft(bilingual(choice.object("text", BILINGUAL)), choice.bool("correct"),
                    choice.has("feedback") ? bilingual(choice.object("feedback", BILINGUAL)) : BilingualText.EMPTY));
        }
        return new QuestionDraft(beforeEvent, prompt, choices);
    }

    private static BilingualText bilingual(JsonFields node) throws ExerciseProblem {
        return new BilingualText(node.has("ko") ? node.string("ko") : "", node.has("en") ? node.string("en") : "");
    }

    private static Optional<ScriptedFault> drop(String spec) {
        try {
            return Optional.of(DropSpec.parse(spec));
        } catch (TypeConversionException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String profileName(TimerProfile profile) {
        return profile == TimerProfile.LINUX ? "linux" : "rfc";
    }

    private static Optional<TimerProfile> profile(String name) {
        return Arrays.stream(TimerProfile.values()).filter(profile -> profileName(profile).equals(name)).findFirst();
    }

    private static String languageTags() {
        return Arrays.stream(Language.values()).map(Language::tag).collect(Collectors.joining(", "));
    }
}
