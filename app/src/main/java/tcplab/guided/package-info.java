/**
 * Guided lessons, the pure part: questions generated from a trace that ask the learner to predict
 * what happens next (which flags, which numbers, which state, what follows a loss, when a timer
 * fires), the scoring of a run through them, and a fault to try next. No JavaFX: the window asks
 * the questions, this package knows their answers.
 */
package tcplab.guided;
