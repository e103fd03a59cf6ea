import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns the raw measurements of run.sh into results.md and results.svg.
 *
 * <pre>java Report.java RAW_TSV MACHINE_TXT RESULTS_MD RESULTS_SVG</pre>
 *
 * RAW_TSV has one line per process run: tool, n, run, exit, wall_ms, cpu_ms, rss_kb, load1, extra, where
 * tool is ours, jbake, floor or warm and extra is key=value pairs separated by ';' (ours: the stage times
 * from the build's summary line, jbake: its own "Baked … in …ms", floor: its own timings, warm: the in-JVM
 * bake times). MACHINE_TXT holds key=value lines written by run.sh.
 */
public final class Report {

    record Run(String tool, int n, int run, int exit, long wallMs, long cpuMs, long rssKb, double load,
               Map<String, String> extra) {
        boolean ok() {
            return exit == 0;
        }
    }

    /** Median of the successful runs of one tool at one N; max for memory. */
    record Summary(int runs, int failed, Double wallMs, Double cpuMs, Long rssKb, Map<String, Double> extra,
                   Long timeoutMs, Long timeoutCpuMs, Long timeoutRssKb) {
        boolean has() {
            return wallMs != null;
        }

        /** Every run was stopped by the time limit: the build takes longer than that. */
        boolean timedOut() {
            return wallMs == null && timeoutMs != null;
        }
    }

    public static void main(String[] args) throws IOException {
        List<Run> runs = readRuns(Path.of(args[0]));
        Map<String, String> machine = readMachine(Path.of(args[1]));
        Set<Integer> sizes = new TreeSet<>();
        runs.forEach(r -> sizes.add(r.n()));
        Map<String, Map<Integer, Summary>> summary = new LinkedHashMap<>();
        for (String tool : List.of("ours", "jbake", "floor", "warm", "next", "jbake-incr")) {
            Map<Integer, Summary> byN = new LinkedHashMap<>();
            for (int n : sizes) {
                byN.put(n, summarise(runs.stream().filter(r -> r.tool().equals(tool) && r.n() == n).toList()));
            }
            summary.put(tool, byN);
        }
        Files.writeString(Path.of(args[2]), markdown(runs, machine, sizes, summary), StandardCharsets.UTF_8);
        Files.writeString(Path.of(args[3]), svg(machine, sizes, summary), StandardCharsets.UTF_8);
    }

    static List<Run> readRuns(Path file) throws IOException {
        List<Run> runs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("tool\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Map<String, String> extra = new LinkedHashMap<>();
            if (f.length > 8) {
                for (String pair : f[8].split(";")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        extra.put(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                }
            }
            runs.add(new Run(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    parseLong(f[4]), parseLong(f[5]), parseLong(f[6]), parseDouble(f[7]), extra));
        }
        return runs;
    }

    static Map<String, String> readMachine(Path file) throws IOException {
        Map<String, String> machine = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    machine.merge(line.substring(0, eq), line.substring(eq + 1),
                            (a, b) -> Set.of(a.split("; ")).contains(b) ? a : a + "; " + b);
                }
            }
        }
        return machine;
    }

    static Summary summarise(List<Run> runs) {
        List<Run> ok = runs.stream().filter(Run::ok).toList();
        int failed = runs.size() - ok.size();
        List<Run> timeouts = runs.stream().filter(r -> r.exit() == 124).toList();
        Long timeoutMs = timeouts.isEmpty() ? null : timeouts.stream().mapToLong(Run::wallMs).min().getAsLong();
        Long timeoutCpu = timeouts.isEmpty() ? null : timeouts.stream().mapToLong(Run::cpuMs).min().getAsLong();
        Long timeoutRss = timeouts.isEmpty() ? null : timeouts.stream().mapToLong(Run::rssKb).max().getAsLong();
        if (ok.isEmpty()) {
            return new Summary(runs.size(), failed, null, null, null, Map.of(), timeoutMs, timeoutCpu, timeoutRss);
        }
        Set<String> keys = new LinkedHashSet<>();
        ok.forEach(r -> keys.addAll(r.extra().keySet()));
        Map<String, Double> extra = new LinkedHashMap<>();
        for (String key : keys) {
            List<Double> values = new ArrayList<>();
            for (Run r : ok) {
                Double v = parseDouble(r.extra().get(key));
                if (v != null) {
                    values.add(v);
                }
            }
            if (!values.isEmpty()) {
                extra.put(key, median(values));
            }
        }
        return new Summary(runs.size(), failed,
                median(ok.stream().map(r -> (double) r.wallMs()).toList()),
                median(ok.stream().map(r -> (double) r.cpuMs()).toList()),
                ok.stream().mapToLong(Run::rssKb).max().orElse(0), extra, timeoutMs, timeoutCpu, timeoutRss);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int size = sorted.size();
        return size % 2 == 1 ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
    }

    // ---------------------------------------------------------------- Markdown

    static String markdown(List<Run> runs, Map<String, String> machine, Set<Integer> sizes,
                           Map<String, Map<Integer, Summary>> s) {
        StringBuilder md = new StringBuilder();
        int runCount = runs.stream().filter(r -> List.of("ours", "jbake", "floor").contains(r.tool())).mapToInt(Run::run).max().orElse(1);
        md.append("# Build benchmark results\n\n");
        md.append("Written by `bench/perf/run.sh` (see [README.md](README.md) for what is measured and how to read it).\n\n");
        md.append("| | |\n| --- | --- |\n");
        row(md, "date", machine.get("date"));
        row(md, "command", code(machine.get("command")));
        row(md, "tool version", machine.get("commit"));
        row(md, "machine", machine.get("nproc") + " CPU cores (nproc), " + machine.get("memory") + " memory, "
                + machine.get("cpu"));
        row(md, "java -version", machine.get("java"));
        row(md, "corpus", machine.get("corpus"));
        row(md, "vanilla JBake", machine.get("jbake"));
        String endLoad = machine.containsKey("previous_load_end")
                ? machine.get("previous_load_end") + "; " + machine.get("load_end") : machine.get("load_end");
        row(md, "load average (1, 5, 15 min)", "start " + machine.get("load_start") + ", end " + endLoad
                + ", per run in the last table");
        row(md, "total time of the run", machine.containsKey("previous_elapsed")
                ? machine.get("previous_elapsed") + " + " + machine.get("elapsed") : machine.get("elapsed"));
        md.append('\n');
        double maxLoad = runs.stream().mapToDouble(Run::load).max().orElse(0);
        int nproc = (int) Math.round(orElse(parseDouble(machine.get("nproc")), 1.0));
        if (maxLoad > nproc) {
            md.append(String.format(Locale.ROOT, "**Note:** the 1-minute load average at the start of a run went up "
                    + "to %.1f on %d cores. The runs themselves use both cores, and the average trails by a minute, so "
                    + "a little above %d is the benchmark's own previous run; far above it, other work shared the "
                    + "machine, and wall times are inflated and noisy. CPU time (user + system) is the steadier number "
                    + "to compare.%n%n", maxLoad, nproc, nproc));
        }

        // Cold builds.
        Set<String> stages = new LinkedHashSet<>();
        s.get("ours").values().forEach(x -> x.extra().keySet().stream()
                .filter(k -> !k.equals("pages")).forEach(stages::add));
        md.append("## Cold build\n\n");
        md.append("Median of ").append(runCount).append(" cold runs (a new JVM each); wall and CPU (user + system) in seconds, "
                + "stage times from the build's own summary line in ms, peak memory = largest maximum resident set "
                + "size of the runs in MB.\n\n");
        StringBuilder head = new StringBuilder("| N | ours wall s | ours CPU s |");
        StringBuilder rule = new StringBuilder("| ---: | ---: | ---: |");
        for (String stage : stages) {
            head.append(" ours ").append(stage).append(" ms |");
            rule.append(" ---: |");
        }
        head.append(" ours peak MB | JBake wall s | JBake CPU s | JBake peak MB | floor wall s | floor CPU s | floor peak MB "
                + "| ours / JBake | ours / floor |");
        rule.append(" ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        md.append(head).append('\n').append(rule).append('\n');
        for (int n : sizes) {
            Summary o = s.get("ours").get(n);
            Summary j = s.get("jbake").get(n);
            Summary f = s.get("floor").get(n);
            md.append("| ").append(n).append(" | ").append(sec(o, Summary::wallMs)).append(" | ").append(sec(o, Summary::cpuMs)).append(" |");
            for (String stage : stages) {
                Double v = o.has() ? o.extra().get(stage) : null;
                md.append(' ').append(v == null ? "–" : String.format(Locale.ROOT, "%.0f", v)).append(" |");
            }
            md.append(' ').append(mb(o)).append(" | ").append(sec(j, Summary::wallMs)).append(" | ").append(sec(j, Summary::cpuMs))
                    .append(" | ").append(mb(j)).append(" | ").append(sec(f, Summary::wallMs)).append(" | ")
                    .append(sec(f, Summary::cpuMs)).append(" | ").append(mb(f)).append(" | ")
                    .append(ratio(o, j)).append(" | ").append(ratio(o, f)).append(" |\n");
        }
        md.append("\nRatios are of median wall times (in brackets: of median CPU times). A dash means the run failed or was skipped");
        md.append("; failed runs are listed at the end.\n");
        StringBuilder own = new StringBuilder();
        for (int n : sizes) {
            Summary j = s.get("jbake").get(n);
            Summary f = s.get("floor").get(n);
            Double baked = j.has() ? j.extra().get("baked_ms") : null;
            Double conv = f.has() ? f.extra().get("convert_ms") : null;
            Double create = f.has() ? f.extra().get("create_ms") : null;
            if (baked != null || conv != null) {
                own.append("| ").append(n).append(" | ").append(baked == null ? "–" : fmt0(baked)).append(" | ")
                        .append(create == null ? "–" : fmt0(create)).append(" | ")
                        .append(conv == null ? "–" : fmt0(conv)).append(" |\n");
            }
        }
        if (own.length() > 0) {
            md.append("\nWhat the other two report about themselves (median ms): JBake's own \"Baked … items in …ms\" "
                    + "(the oven, without JVM start), and the floor's Asciidoctor start-up and conversion loop.\n\n");
            md.append("| N | JBake oven ms | floor Asciidoctor start ms | floor conversion ms |\n| ---: | ---: | ---: | ---: |\n");
            md.append(own);
        }

        // Warm.
        md.append("\n## One changed page, warm\n\n");
        md.append("`java -jar target/tillid-site.jar serve` on the corpus, as its own process: its first bake (cold), "
                + "then one page edited (**warm**), then edited back (second warm). "
                + "From serve's summary line: *shown* is the time from the start of the rebuild until the new site is "
                + "served and open pages are told to reload; *with index* until its search index is written too. "
                + "*save → line* is measured from the save and adds the watcher's 100 ms wait for the editor's "
                + "writes to settle. Peak MB of serve's JVMs.\n\n");
        md.append("| N | warm shown ms | warm with index ms | warm save → line ms | second warm shown ms "
                + "| second warm with index ms | first (cold) ms | peak MB |\n"
                + "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (int n : sizes) {
            Summary w = s.get("warm").get(n);
            md.append("| ").append(n);
            for (String key : List.of("warm_ms", "warm_index_ms", "warm_save_ms", "warm2_ms", "warm2_index_ms", "cold_ms")) {
                md.append(" | ").append(extra(w, key));
            }
            md.append(" | ").append(mb(w)).append(" |\n");
        }

        // The next build after one change.
        md.append("\n## One changed page, next build\n\n");
        md.append("After the cold runs, one programme page is edited and `build` runs again as a new process, with "
                + "`target/` (and so any cache the build keeps there) left from the last cold run: what a CI job or "
                + "an editor's second `build` costs. Beside it, vanilla JBake's own incremental re-bake of the same "
                + "edit: its project with `db.store=plocal` (a persistent OrientDB store) baked once cold, then the "
                + "same page edited and baked again in a new process; JBake then renders only changed files, plus its "
                + "index, archive, feed and sitemap. Seconds (median), peak MB.\n\n");
        md.append("| N | ours next wall s | ours next CPU s | ours next peak MB | stages ms | JBake plocal re-bake wall s "
                + "| JBake plocal re-bake CPU s | JBake plocal first (cold) bake ms | ours next / JBake cold | ours next / JBake re-bake |\n"
                + "| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (int n : sizes) {
            Summary x = s.get("next").get(n);
            Summary i = s.get("jbake-incr").get(n);
            if (!x.has() && !i.has()) {
                continue;
            }
            StringBuilder stagesOf = new StringBuilder();
            if (x.has()) {
                x.extra().forEach((k, v) -> {
                    if (!k.equals("pages")) {
                        stagesOf.append(stagesOf.length() > 0 ? ", " : "").append(k).append(' ').append(fmt0(v));
                    }
                });
            }
            md.append("| ").append(n).append(" | ").append(sec(x, Summary::wallMs)).append(" | ").append(sec(x, Summary::cpuMs))
                    .append(" | ").append(mb(x)).append(" | ").append(stagesOf.length() == 0 ? "–" : stagesOf)
                    .append(" | ").append(sec(i, Summary::wallMs)).append(" | ").append(sec(i, Summary::cpuMs))
                    .append(" | ").append(extra(i, "cold_ms")).append(" | ")
                    .append(ratio(x, s.get("jbake").get(n))).append(" | ").append(ratio(x, i)).append(" |\n");
        }

        // Scaling.
        md.append("\n## Scaling\n\n| ratio of median wall (CPU) time | ours | JBake | floor |\n| --- | ---: | ---: | ---: |\n");
        List<Integer> list = new ArrayList<>(sizes);
        for (int i = 1; i < list.size(); i++) {
            int a = list.get(i - 1);
            int b = list.get(i);
            md.append("| ").append(b).append(" / ").append(a).append(" pages |");
            for (String tool : List.of("ours", "jbake", "floor")) {
                md.append(' ').append(ratio(s.get(tool).get(b), s.get(tool).get(a))).append(" |");
            }
            md.append('\n');
        }

        // Goals.
        md.append("\n## Goals\n\n| goal | target | measured | met |\n| --- | --- | --- | --- |\n");
        Summary o1000 = s.get("ours").getOrDefault(1000, null);
        Summary j1000 = s.get("jbake").getOrDefault(1000, null);
        Summary f1000 = s.get("floor").getOrDefault(1000, null);
        Summary o3000 = s.get("ours").getOrDefault(3000, null);
        Summary w1000 = s.get("warm").getOrDefault(1000, null);
        goal(md, "full build at 1000 pages vs vanilla JBake's bake", "≤ 0.3×", quotient(o1000, j1000), 0.3, "×");
        goal(md, "full build at 1000 pages vs single-threaded AsciidoctorJ floor", "≤ 1.5×", quotient(o1000, f1000), 1.5, "×");
        if (o3000 != null && o3000.timedOut() && o1000 != null && o1000.has()) {
            double lower = o3000.timeoutMs() / o1000.wallMs();
            md.append(String.format(Locale.ROOT, "| 3000-page build vs 1000-page build | ≤ 3.3× | > %.2f× (the 3000-page "
                    + "build was stopped after %.0f s) | %s |%n", lower, o3000.timeoutMs() / 1000.0,
                    lower > 3.3 ? "**no**" : "unknown"));
        } else {
            goal(md, "3000-page build vs 1000-page build", "≤ 3.3×", quotient(o3000, o1000), 3.3, "×");
        }
        if (o3000 != null && o3000.timedOut()) {
            long at = o3000.timeoutRssKb() / 1024;
            md.append("| peak memory of the 3000-page build | ≤ 1024 MB | ≥ ").append(at)
                    .append(" MB when it was stopped | ").append(at > 1024 ? "**no**" : "unknown").append(" |\n");
        } else {
            goal(md, "peak memory of the 3000-page build", "≤ 1024 MB",
                    o3000 != null && o3000.has() ? o3000.rssKb() / 1024.0 : null, 1024, " MB");
        }
        goal(md, "one changed page in serve at 1000 pages: site updated (shown)", "≤ 1000 ms",
                w1000 != null && w1000.has() ? w1000.extra().get("warm_ms") : null, 1000, " ms");
        Summary x1000 = s.get("next").getOrDefault(1000, null);
        Summary i1000 = s.get("jbake-incr").getOrDefault(1000, null);
        Summary o10000 = s.get("ours").getOrDefault(10000, null);
        Summary x10000 = s.get("next").getOrDefault(10000, null);
        goal(md, "next build after one change at 1000 pages vs vanilla JBake's cold bake", "≤ 0.1×",
                quotient(x1000, j1000), 0.1, "×");
        goal(md, "next build after one change at 1000 pages vs JBake's plocal re-bake of the same change", "< 1×",
                quotient(x1000, i1000), 0.999, "×");
        goal(md, "peak memory of the 3000-page build (issue 19)", "≤ 500 MB",
                o3000 != null && o3000.has() ? o3000.rssKb() / 1024.0 : null, 500, " MB");
        goal(md, "peak memory of the 10,000-page build", "≤ 1024 MB",
                o10000 != null && o10000.has() ? o10000.rssKb() / 1024.0 : null, 1024, " MB");
        goal(md, "10,000-page build vs 1000-page build", "≤ 10.5×", quotient(o10000, o1000), 10.5, "×");
        goal(md, "next build after one change at 10,000 pages", "≤ 10 s",
                x10000 != null && x10000.has() ? x10000.wallMs() / 1000.0 : null, 10, " s");
        md.append("\nThe ratios compare wall times; \"not measured\" means that size was not part of this run.\n");

        // Every run.
        md.append("\n## Every run\n\n| tool | N | run | exit | wall ms | CPU ms | peak MB | load | details |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (Run r : runs) {
            StringBuilder details = new StringBuilder();
            r.extra().forEach((k, v) -> details.append(details.length() > 0 ? ", " : "").append(k).append(' ').append(v));
            md.append("| ").append(r.tool()).append(" | ").append(r.n()).append(" | ").append(r.run()).append(" | ")
                    .append(r.exit()).append(r.exit() == 124 ? " (timeout)" : "").append(" | ").append(r.wallMs()).append(" | ")
                    .append(r.cpuMs()).append(" | ").append(r.rssKb() / 1024).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", r.load())).append(" | ").append(details).append(" |\n");
        }
        return md.toString();
    }

    static void row(StringBuilder md, String key, String value) {
        md.append("| ").append(key).append(" | ").append(value == null ? "–" : value.replace("|", "\\|")).append(" |\n");
    }

    static String code(String text) {
        return text == null ? null : "`" + text + "`";
    }

    static String sec(Summary s, Function<Summary, Double> value) {
        if (s != null && s.timedOut()) {
            boolean cpu = value.apply(new Summary(0, 0, 0.0, 1.0, 0L, Map.of(), null, null, null)) == 1.0;
            return String.format(Locale.ROOT, "> %.0f (timed out)", (cpu ? s.timeoutCpuMs() : s.timeoutMs()) / 1000.0);
        }
        return s == null || !s.has() ? "–" : String.format(Locale.ROOT, "%.1f", value.apply(s) / 1000);
    }

    static String mb(Summary s) {
        if (s != null && s.timedOut()) {
            return "≥ " + s.timeoutRssKb() / 1024 + " (at time-out)";
        }
        return s == null || !s.has() ? "–" : String.valueOf(s.rssKb() / 1024);
    }

    static String extra(Summary s, String key) {
        Double v = s == null || !s.has() ? null : s.extra().get(key);
        return v == null ? "–" : fmt0(v);
    }

    static String ratio(Summary a, Summary b) {
        if (a == null || b == null || !a.has() || !b.has()) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.2f (%.2f)", a.wallMs() / b.wallMs(), a.cpuMs() / b.cpuMs());
    }

    static Double quotient(Summary a, Summary b) {
        return a == null || b == null || !a.has() || !b.has() ? null : a.wallMs() / b.wallMs();
    }

    static void goal(StringBuilder md, String what, String target, Double measured, double limit, String unit) {
        md.append("| ").append(what).append(" | ").append(target).append(" | ");
        if (measured == null) {
            md.append("not measured | – |\n");
        } else {
            md.append(unit.equals("×") ? String.format(Locale.ROOT, "%.2f×", measured)
                    : String.format(Locale.ROOT, "%.0f%s", measured, unit));
            md.append(" | ").append(measured <= limit ? "yes" : "**no**").append(" |\n");
        }
    }

    static String fmt0(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    // ---------------------------------------------------------------- SVG

    static String svg(Map<String, String> machine, Set<Integer> sizes, Map<String, Map<Integer, Summary>> s) {
        String[] tools = {"ours", "jbake", "floor"};
        String[] labels = {"tillid-site build", "vanilla JBake 2.7.0 bake", "AsciidoctorJ floor (1 thread)"};
        String[] colours = {"#1f5fa8", "#c0504d", "#7f7f7f"};
        int width = 760;
        int height = 440;
        int left = 80;
        int right = 20;
        int top = 60;
        int bottom = 80;
        int plotW = width - left - right;
        int plotH = height - top - bottom;
        double max = 0;
        for (String tool : tools) {
            for (Summary x : s.get(tool).values()) {
                if (x.has()) {
                    max = Math.max(max, x.wallMs() / 1000);
                } else if (x.timedOut()) {
                    max = Math.max(max, x.timeoutMs() / 1000.0);
                }
            }
        }
        double step = niceStep(max / 5);
        double axisMax = Math.max(step, Math.ceil(max / step) * step);

        StringBuilder g = new StringBuilder();
        g.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        g.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        g.append(text(width / 2.0, 22, "middle", 15, "Cold build wall time by corpus size (median of runs)"));
        g.append(text(width / 2.0, 40, "middle", 11, esc("run " + orElse(machine.get("date"), "") + ", "
                + orElse(machine.get("nproc"), "?") + " cores")));
        // Y axis, grid and ticks.
        for (double v = 0; v <= axisMax + 1e-9; v += step) {
            double y = top + plotH - v / axisMax * plotH;
            g.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\"/>%n",
                    left, y, left + plotW, y));
            g.append(text(left - 6, y + 4, "end", 11, trim(v)));
        }
        g.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333333\"/>%n",
                left, top, left, top + plotH));
        g.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333333\"/>%n",
                left, top + plotH, left + plotW, top + plotH));
        g.append(String.format(Locale.ROOT,
                "<text x=\"18\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\" transform=\"rotate(-90 18 %.1f)\">"
                        + "wall time (seconds)</text>%n", top + plotH / 2.0, top + plotH / 2.0));
        g.append(text(left + plotW / 2.0, top + plotH + 38, "middle", 12, "corpus size (pages)"));
        // Bars.
        List<Integer> list = new ArrayList<>(sizes);
        double groupW = plotW / (double) Math.max(1, list.size());
        double barW = Math.min(60, groupW * 0.8 / tools.length);
        for (int i = 0; i < list.size(); i++) {
            int n = list.get(i);
            double groupX = left + i * groupW + (groupW - barW * tools.length) / 2;
            for (int t = 0; t < tools.length; t++) {
                Summary x = s.get(tools[t]).get(n);
                double bx = groupX + t * barW;
                if (x == null || (!x.has() && !x.timedOut())) {
                    g.append(text(bx + barW / 2, top + plotH - 4, "middle", 10, "n/a"));
                    continue;
                }
                boolean stopped = !x.has();
                double v = stopped ? x.timeoutMs() / 1000.0 : x.wallMs() / 1000;
                double h = v / axisMax * plotH;
                g.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"%s><title>%s, %d pages: %s%.1f s</title></rect>%n",
                        bx + 1, top + plotH - h, barW - 2, h, colours[t],
                        stopped ? " fill-opacity=\"0.35\" stroke=\"" + colours[t] + "\" stroke-dasharray=\"4 3\"" : "",
                        esc(labels[t]), n, stopped ? "stopped after " : "", v));
                g.append(text(bx + barW / 2, top + plotH - h - 4, "middle", 10,
                        (stopped ? "> " : "") + String.format(Locale.ROOT, stopped ? "%.0f" : "%.1f", v)));
                if (stopped) {
                    g.append(text(bx + barW / 2, top + plotH - h + 14, "middle", 9, "timed out"));
                }
            }
            g.append(text(left + i * groupW + groupW / 2, top + plotH + 18, "middle", 12, String.valueOf(n)));
        }
        // Legend.
        double lx = left;
        double ly = height - 22;
        for (int t = 0; t < tools.length; t++) {
            g.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
                    lx, ly - 10, colours[t]));
            g.append(text(lx + 16, ly, "start", 12, esc(labels[t])));
            lx += 28 + labels[t].length() * 6.6;
        }
        g.append("</svg>\n");
        return g.toString();
    }

    static String text(double x, double y, String anchor, int size, String body) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n",
                x, y, anchor, size, body);
    }

    static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[]{1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static <T> T orElse(T value, T fallback) {
        return value == null ? fallback : value;
    }

    static long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (RuntimeException e) {
            return 0;
        }
    }

    static Double parseDouble(String text) {
        try {
            return text == null ? null : Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
