/**
 * The lesson catalogue, as data: each {@link tcplab.scenario.Scenario} is an application script,
 * a link per direction and scripted faults, which {@link tcplab.scenario.Scenario#input} turns
 * into a simulation input for a chosen timer profile, seed and ISNs.
 */
package tcplab.scenario;
