import type { Page } from "@playwright/test";

/**
 * Starts recording the time between animation frames in the page. A string, because tsx would
 * wrap named functions in a helper the page does not have.
 */
export async function startFrameRecording(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const frames = [];
    window.frameTimes = frames;
    window.recording = true;
    let last = 0;
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      if (window.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  })()`);
}

/** Stops the recording and returns the frame times in milliseconds. */
export async function stopFrameRecording(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const recorder = window as unknown as { recording: boolean; frameTimes: number[] };
    recorder.recording = false;
    return recorder.frameTimes;
  });
}
