/**
 * {@code new}: a page of a registered content type in its folder, with its header and a skeleton. It may use
 * {@code project} (folders, settings, the type registry) and the bake's file-name rule, so a new page's name is
 * one the bake accepts.
 */
package dk.kk.tillid.scaffold;
