package org.borderland.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.borderland.server.Limits;
import org.borderland.server.TestServer;
import org.junit.jupiter.api.Test;

/**
 * Jobs are bounded: a full queue answers 429 with Retry-After, every size is checked when a job is
 * submitted, a job can be cancelled and stops within about a second, finished jobs expire, memory
 * comes back after a big job, and an expensive GET is computed once at a time.
 */
class JobLimitsTest {
  /** 1 running + 2 waiting, 2 threads, finished jobs kept 2 s. */
  private static Limits small() {
    Limits d = Limits.defaults();
    return new Limits(
        1,
        2,
        d.maxRuns(),
        d.maxModelRuns(),
        d.maxBootstrap(),
        2,
        Duration.ofSeconds(2),
        1,
        d.cacheTtl(),
        d.cacheBytes());
  }

  private static String url(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    return TestServer.JSON.readTree(r.body()).get("url").asText();
  }

  @Test
  void aFullQueueIsRefusedWithRetryAfterAndCancelledJobsStop() throws Exception {
    try (TestServer s = TestServer.withLimits(small())) {
      List<String> urls = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        urls.add(url(s.post("/api/v1/jobs/validate", "")));
      }
      HttpResponse<String> full = s.post("/api/v1/jobs/validate", "");
      JsonNode e = TestServer.error(full, 429, null);
      assertThat(e.get("title").asText()).contains("1 running and 2 waiting");
      assertThat(full.headers().firstValue("Retry-After")).isPresent();
      // a waiting job is cancelled at once
      JsonNode waiting = TestServer.ok(s.delete(urls.get(2)));
      assertThat(waiting.get("state").asText()).isEqualTo("cancelled");
      // the running one stops within about a second
      for (int i = 0; i < 100; i++) {
        if (TestServer.ok(s.get(urls.get(0))).get("state").asText().equals("running")) {
          break;
        }
        Thread.sleep(50);
      }
      Thread.sleep(1500); // well into building the dyad-years
      long t0 = System.nanoTime();
      HttpResponse<String> cancel = s.delete(urls.get(0));
      assertThat(cancel.statusCode()).as(cancel.body()).isIn(200, 202);
      JsonNode end = s.await(urls.get(0), 10);
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf("A running validate job stopped %.3f s after DELETE%n", seconds);
      assertThat(end.get("state").asText()).isEqualTo("cancelled");
      assertThat(seconds).isLessThan(3.0); // ~0.1-0.5 s here; slack for a loaded CI machine
      TestServer.ok(s.delete(urls.get(1)));
      assertThat(s.await(urls.get(1), 10).get("state").asText()).isEqualTo("cancelled");
      // the queue has room again
      String again = url(s.post("/api/v1/jobs/uncertainty?runs=20", ""));
      assertThat(s.await(again, 60).get("state").asText()).isEqualTo("done");
      // finished jobs expire
      Thread.sleep(2500);
      JsonNode gone = TestServer.error(s.get(again), 404, null);
      assertThat(gone.get("title").asText()).contains("kept for 2 seconds");
      TestServer.error(s.delete(again), 404, null);
    }
  }

  @Test
  void everySizeIsCheckedWhenTheJobIsSubmitted() throws Exception {
    try (TestServer s = TestServer.withLimits(small())) {
      JsonNode runs =
          TestServer.error(s.post("/api/v1/jobs/uncertainty?runs=100001", ""), 400, "runs");
      assertThat(runs.get("details").get("allowed").asText()).isEqualTo("1-100000");
      assertThat(runs.get("title").asText()).contains("1 to 100,000");
      TestServer.error(s.post("/api/v1/jobs/uncertainty?runs=abc", ""), 400, "runs");
      TestServer.error(s.post("/api/v1/jobs/uncertainty?runs=-5", ""), 400, "runs");
      JsonNode threads =
          TestServer.error(s.post("/api/v1/jobs/uncertainty?threads=0", ""), 400, "threads");
      assertThat(threads.get("details").get("allowed").asText()).isEqualTo("1-2");
      TestServer.error(s.post("/api/v1/jobs/uncertainty?threads=64", ""), 400, "threads");
      TestServer.error(s.post("/api/v1/jobs/validate?threads=3", ""), 400, "threads");
      TestServer.error(s.get("/api/v1/validate?threads=9"), 400, "threads");
      TestServer.error(
          s.post("/api/v1/jobs/sensitivity?runs=100&bootstrap=10001", ""), 400, "bootstrap");
      // Sobol: N·(d+2) with the default 3 inputs is 5N, so N = 50,000 makes 250,000 model runs
      JsonNode sobol =
          TestServer.error(s.post("/api/v1/jobs/sensitivity?runs=50000", ""), 400, "runs");
      assertThat(sobol.get("title").asText()).contains("250,000").contains("200,000");
      assertThat(sobol.get("details").get("allowed").asText()).isEqualTo("2-40000");
      // the command's own checks run at submission too
      TestServer.error(s.post("/api/v1/jobs/uncertainty?aggressor=XYZ", ""), 400, "aggressor");
      TestServer.error(s.post("/api/v1/jobs/uncertainty?winmax=9-1", ""), 400, null);
      TestServer.error(s.post("/api/v1/jobs/validate?outcome=sometimes", ""), 400, null);
      // none of these made a job: the queue (3 places) takes three long ones
      for (int i = 0; i < 3; i++) {
        String u = url(s.post("/api/v1/jobs/validate", ""));
        s.delete(u);
      }
    }
  }

  @Test
  void memoryComesBackAfterTheLargestJob() throws Exception {
    try (TestServer s = TestServer.withLimits(Limits.defaults())) {
      TestServer.ok(s.get("/api/v1/rank?aggressor=RUS&year=2022")); // the engine is loaded
      long before = usedAfterGc();
      String u =
          url(s.post("/api/v1/jobs/uncertainty?aggressor=RUS&year=2022&runs=100000&seed=1", ""));
      JsonNode done = s.await(u, 300);
      assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("done");
      assertThat(done.get("progress").get("total").asLong()).isEqualTo(100_000);
      long after = usedAfterGc();
      System.out.printf(
          "Heap in use after GC: %,d MB before, %,d MB after a 100,000-run job%n",
          before >> 20, after >> 20);
      assertThat(after - before).isLessThan(200L << 20);
    }
  }

  private static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  @Test
  void anExpensiveGetIsComputedOnceAtATime() throws Exception {
    try (TestServer s = TestServer.withLimits(small())) {
      CompletableFuture<HttpResponse<String>> first =
          CompletableFuture.supplyAsync(() -> get(s, "/api/v1/validate?outcome=any"));
      Thread.sleep(1500);
      CompletableFuture<HttpResponse<String>> same =
          CompletableFuture.supplyAsync(() -> get(s, "/api/v1/validate?outcome=any"));
      HttpResponse<String> other = s.get("/api/v1/validate?outcome=force");
      JsonNode busy = TestServer.error(other, 429, null);
      assertThat(busy.get("title").asText()).contains("validate is being computed");
      assertThat(other.headers().firstValue("Retry-After")).isPresent();
      HttpResponse<String> a = first.get();
      HttpResponse<String> b = same.get();
      TestServer.ok(a);
      TestServer.ok(b);
      assertThat(b.body()).isEqualTo(a.body());
    }
  }

  private static HttpResponse<String> get(TestServer s, String path) {
    try {
      return s.send(s.request(path).timeout(Duration.ofSeconds(240)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
