/**
 * Small helpers on files that several stages need alike: paths written with '/', SHA-256 hashes, a walk
 * of a folder that names each file below it without relativizing. It uses
 * only the JDK, and any package may use it.
 */
package dk.kk.tillid.files;
