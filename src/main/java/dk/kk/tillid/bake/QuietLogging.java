package dk.kk.tillid.bake;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * OrientDB (inside JBake) and Freemarker log through java.util.logging straight to the console; routing them
 * into logback lets src/main/resources/logback.xml keep a build's output to what an editor needs.
 */
final class QuietLogging {
    private static boolean installed;

    private QuietLogging() {
    }

    static synchronized void install() {
        if (!installed) {
            System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
            installed = true;
        }
    }
}
