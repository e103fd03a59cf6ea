/**
 * The one problem model every stage reports in: a {@link dk.kk.tillid.problem.Diagnostic} with its
 * {@link dk.kk.tillid.problem.Severity} at a {@link dk.kk.tillid.problem.SourceLocation}. It uses nothing else
 * of the project, so every stage may use it.
 */
package dk.kk.tillid.problem;
