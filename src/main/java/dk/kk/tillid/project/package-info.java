/**
 * The project as {@code jbake.properties} describes it: folders, settings and the registry of content types.
 * Every stage and tool reads these facts here, in one place; it uses only JBake's settings reader.
 */
package dk.kk.tillid.project;
