package tcplab.guided;

import static tcplab.engine.Flag.ACK;
import static tcplab.engine.Flag.FIN;
import static tcplab.engine.Flag.PSH;
import static tcplab.engine.Flag.RST;
import static tcplab.engine.Flag.SYN;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tcplab.engine.Flag;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentSent;
import tcplab.engine.TraceEvent;
import tcplab.i18n.Message;

/** "Which flags does the next segment carry?", asked before every segment sent for a reason the learner can see. */
final class FlagsQuestions {

    private static final Set<Flag> SYN_ONLY = EnumSet.of(SYN);
    private static final Set<Flag> SYN_ACK = EnumSet.of(SYN, ACK);
    private static final Set<Flag> ACK_ONLY = EnumSet.of(ACK);
    private static final Set<Flag> DATA = EnumSet.of(PSH, ACK);
    private static final Set<Flag> FIN_ACK = EnumSet.of(FIN, ACK);
    private static final Set<Flag> FIN_ONLY = EnumSet.of(FIN);
    private static final Set<Flag> RST_ONLY = EnumSet.of(RST);
    private static final Set<Flag> RST_ACK = EnumSet.of(RST, ACK);

    private FlagsQuestions() {
    }

    static List<Candidate> of(TraceMoments moments) {
        return moments.candidatesAt(SegmentSent.class, (index, sent) -> at(moments, index, sent));
    }

    private static Optional<Candidate> at(TraceMoments moments, int index, SegmentSent sent) {
        Set<Flag> flags = sent.segment().flags();
        Optional<Integer> cause = moments.cause(index);
        Optional<Message> context = cause.flatMap(moments::context);
        if (context.isEmpty() || meaning(flags).isEmpty()) {
            return Optional.empty();
        }
        ChoiceList choices = new ChoiceList(text(flags), meaning(flags).get());
        for (Set<Flag> other : mistakenFor(flags)) {
            choices.wrong(text(other), meaning(other).orElseThrow());
        }
        if (!choices.enough()) {
            return Optional.empty();
        }
        int askBefore = cause.get();
        Message prompt = Message.of("question.prompt.flags", context.get(), TraceMoments.host(sent.side()));
        Question question = new Question(QuestionKind.FLAGS, askBefore, index, prompt,
                choices.shuffled(moments.seed(askBefore)));
        return Optional.of(new Candidate(question, priority(moments.event(askBefore), sent)));
    }

    private static Message text(Set<Flag> flags) {
        return Message.of("question.choice.flags", String.join("+", flags.stream().map(Flag::name).toList()));
    }

    /** What a flag set is sent for: the right answer’s reason, a wrong answer’s correction. */
    private static Optional<Message> meaning(Set<Flag> flags) {
        if (flags.equals(SYN_ONLY)) {
            return Optional.of(Message.of("question.flags.SYN"));
        } else if (flags.equals(SYN_ACK)) {
            return Optional.of(Message.of("question.flags.SYN_ACK"));
        } else if (flags.equals(ACK_ONLY)) {
            return Optional.of(Message.of("question.flags.ACK"));
        } else if (flags.equals(DATA)) {
            return Optional.of(Message.of("question.flags.DATA"));
        } else if (flags.equals(FIN_ACK)) {
            return Optional.of(Message.of("question.flags.FIN_ACK"));
        } else if (flags.equals(FIN_ONLY)) {
            return Optional.of(Message.of("question.flags.FIN"));
        } else if (flags.equals(RST_ONLY) || flags.equals(RST_ACK)) {
            return Optional.of(Message.of("question.flags.RST"));
        }
        return Optional.empty();
    }

    /** The flag sets learners expect instead, most common first. */
    private static List<Set<Flag>> mistakenFor(Set<Flag> flags) {
        if (flags.equals(SYN_ONLY)) {
            return List.of(SYN_ACK, ACK_ONLY, RST_ONLY);
        } else if (flags.equals(SYN_ACK)) {
            return List.of(ACK_ONLY, SYN_ONLY, RST_ACK);
        } else if (flags.equals(ACK_ONLY)) {
            return List.of(SYN_ACK, FIN_ACK, DATA);
        } else if (flags.equals(DATA)) {
            return List.of(ACK_ONLY, FIN_ACK, SYN_ACK);
        } else if (flags.equals(FIN_ACK)) {
            // FIN alone is how textbooks draw it; after the handshake every segment carries ACK.
            return List.of(FIN_ONLY, ACK_ONLY, RST_ACK);
        }
        return List.of(SYN_ACK, ACK_ONLY, FIN_ACK);
    }

    /** The moments that teach most: a refusal, the answer to a SYN, a close; plain data and ACKs least. */
    private static int priority(TraceEvent cause, SegmentSent sent) {
        Set<Flag> flags = sent.segment().flags();
        if (flags.contains(RST)) {
            return 85;
        } else if (flags.equals(SYN_ACK)) {
            return sent.retransmission() ? 45 : 70;
        } else if (flags.equals(FIN_ACK)) {
            return sent.retransmission() ? 35 : 55;
        } else if (flags.equals(SYN_ONLY)) {
            return sent.retransmission() ? 35 : 40;
        } else if (flags.equals(ACK_ONLY) && cause instanceof SegmentDelivered delivered) {
            Set<Flag> acknowledged = delivered.segment().flags();
            return acknowledged.contains(SYN) ? 50 : acknowledged.contains(FIN) ? 45 : 15;
        }
        return 15;
    }
}
