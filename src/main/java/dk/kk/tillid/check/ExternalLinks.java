package dk.kk.tillid.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks the web whether http(s) links still work: HEAD first, since it is cheap, and GET for servers that do
 * not implement HEAD. A bounded pool of threads limits the requests under way at once, and a permit per
 * host keeps the check polite to each server.
 */
final class ExternalLinks {

    /** What became of one URL; {@code problem} is null when it works. */
    record Status(Problem problem, String explanation) {
        static final Status WORKS = new Status(null, "");
    }

    private static final Pattern HTTP_URL = Pattern.compile("(?i)(https?://)(?:([^@/?#]*)@)?([^/?#:]*)(.*)", Pattern.DOTALL);
    private static final String USER_AGENT = "tillid-site-check";

    private final ExternalOptions options;
    private final HttpClient client;
    private final Map<String, Semaphore> hostPermits = new ConcurrentHashMap<>();

    ExternalLinks(ExternalOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** The status of each URL, requested once each; the URLs carry no fragment. */
    Map<String, Status> check(Collection<String> urls) throws InterruptedIOException {
        ExecutorService pool = Executors.newFixedThreadPool(options.maxConcurrent(), task -> {
            Thread thread = new Thread(task, "external-link-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, Future<Status>> pending = new LinkedHashMap<>();
            for (String url : interleavedByHost(urls)) {
                pending.put(url, pool.submit(() -> status(url)));
            }
            Map<String, Status> statuses = new HashMap<>();
            for (Map.Entry<String, Future<Status>> entry : pending.entrySet()) {
                statuses.put(entry.getKey(), entry.getValue().get());
            }
            return statuses;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the external check was interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One host's URLs spread among the others', so that the pool's threads do not all queue for one host's
     * permits while other hosts wait.
     */
    private static List<String> interleavedByHost(Collection<String> urls) {
        Map<String, Deque<String>> byHost = new LinkedHashMap<>();
        for (String url : urls) {
            byHost.computeIfAbsent(host(url), host -> new ArrayDeque<>()).add(url);
        }
        List<String> interleaved = new ArrayList<>(urls.size());
        while (!byHost.isEmpty()) {
            byHost.values().removeIf(queue -> {
                interleaved.add(queue.removeFirst());
                return queue.isEmpty();
            });
        }
        return interleaved;
    }

    private Status status(String url) {
        URI uri;
        try {
            uri = toUri(url);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Status(Problem.EXTERNAL_BROKEN, "ikke en gyldig adresse");
        }
        Semaphore permit = hostPermits.computeIfAbsent(host(url), host -> new Semaphore(options.maxPerHost()));
        try {
            permit.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Status(Problem.EXTERNAL_UNREACHABLE, "tjekket blev afbrudt");
        }
        try {
            HttpResponse<InputStream> response = request(uri, "HEAD");
            if (response.statusCode() == 405 || response.statusCode() == 501) {
                response = request(uri, "GET");
            }
            return judge(response);
        } catch (HttpConnectTimeoutException e) {
            return new Status(Problem.EXTERNAL_UNREACHABLE, "ingen forbindelse inden for " + seconds(options.connectTimeout()));
        } catch (HttpTimeoutException e) {
            return new Status(Problem.EXTERNAL_UNREACHABLE, "svarede ikke inden for " + seconds(options.requestTimeout()));
        } catch (IOException e) {
            return new Status(Problem.EXTERNAL_UNREACHABLE, "kunne ikke nås (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Status(Problem.EXTERNAL_UNREACHABLE, "tjekket blev afbrudt");
        } finally {
            permit.release();
        }
    }

    private HttpResponse<InputStream> request(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(options.requestTimeout())
                .header("User-Agent", USER_AGENT)
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        // Only the status matters: closing the body now spares downloading a large file on GET.
        response.body().close();
        return response;
    }

    private static Status judge(HttpResponse<?> response) {
        int code = response.statusCode();
        boolean moved = response.previousResponse().isPresent();
        if (code >= 400) {
            return new Status(Problem.EXTERNAL_BROKEN, "svarer " + code + (moved ? " efter viderestilling til " + response.uri() : ""));
        }
        if (code >= 300) {
            // A redirect the client would not follow, such as https to http.
            return new Status(Problem.EXTERNAL_REDIRECT, "viderestilles (" + code + ") til "
                    + response.headers().firstValue("location").orElse("en ukendt adresse"));
        }
        return moved ? new Status(Problem.EXTERNAL_REDIRECT, "viderestilles til " + response.uri()) : Status.WORKS;
    }

    /** A URI the client accepts: an internationalised host in its ASCII form, the rest percent-encoded. */
    private static URI toUri(String url) throws URISyntaxException {
        Matcher parts = HTTP_URL.matcher(url);
        if (!parts.matches()) {
            throw new URISyntaxException(url, "not an http(s) URL");
        }
        String userInfo = parts.group(2) == null ? "" : parts.group(2) + "@";
        String host = IDN.toASCII(parts.group(3), IDN.ALLOW_UNASSIGNED);
        return new URI(parts.group(1) + UrlText.escapeForUri(userInfo) + host + UrlText.escapeForUri(parts.group(4)));
    }

    private static String host(String url) {
        Matcher parts = HTTP_URL.matcher(url);
        return parts.matches() ? parts.group(3).toLowerCase(Locale.ROOT) : "";
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
