package dk.kk.tillid.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Once the bake is done, a second JVM whose heap the tool sized keeps less of its old generation free after a
 * full collection (what is live grows while the check, index and PDFs run, and the free part is resident);
 * a heap the user sized is left as the user set it.
 */
class AfterBakeHeapTest {
    private static final String RATIO = "MinHeapFreeRatio";

    @Test
    void theOldGenerationKeepsLessFreeAfterTheBakeOnlyWhenTheToolSizedTheHeap() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String before = vm.getVMOption(RATIO).getValue();
        String sized = System.getProperty(TunedJvm.SIZED);
        try {
            vm.setVMOption(RATIO, "40");
            System.clearProperty(TunedJvm.SIZED);
            TunedJvm.afterBake();
            assertEquals("40", vm.getVMOption(RATIO).getValue(), "a heap sized by the user stays as it is");

            System.setProperty(TunedJvm.SIZED, "true");
            TunedJvm.afterBake();
            assertEquals(TunedJvm.AFTER_BAKE_FREE_RATIO, vm.getVMOption(RATIO).getValue());
            assertEquals(20, Integer.parseInt(vm.getVMOption(RATIO).getValue()));
        } finally {
            vm.setVMOption(RATIO, before);
            if (sized == null) {
                System.clearProperty(TunedJvm.SIZED);
            } else {
                System.setProperty(TunedJvm.SIZED, sized);
            }
        }
    }
}
