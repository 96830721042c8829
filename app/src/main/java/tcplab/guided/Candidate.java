package tcplab.guided;

/**
 * A question the generator could ask, and how much a learner learns from it: the generator keeps
 * the most telling ones that do not overlap.
 *
 * @param priority higher for the moments learners most often get wrong
 */
record Candidate(Question question, int priority) {
}
