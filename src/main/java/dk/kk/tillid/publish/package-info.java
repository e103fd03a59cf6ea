/**
 * Getting a checked site to where it is read: staging folders beside the target, atomic releases
 * ({@link dk.kk.tillid.publish.Releases}) and the reproducible zip. It may use {@code files}, and no stage.
 */
package dk.kk.tillid.publish;
