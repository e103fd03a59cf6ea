/**
 * The {@code tillid-site.jar} commands: options, help and exit codes, wired to the pipeline, the checker, the
 * preview, the scaffold and publishing. No work of its own beyond starting the tuned JVM; it may use any package.
 */
package dk.kk.tillid.cli;
