/**
 * bake → check → index into one folder, for every command that makes a site (build, publish, the preview);
 * the only place that knows the order of the stages and ties the check's findings to the sources. It may use
 * every stage, {@code source}, {@code project} and {@code problem}.
 */
package dk.kk.tillid.pipeline;
