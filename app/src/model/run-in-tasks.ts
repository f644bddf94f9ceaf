/**
 * Runs an iterator's steps one a task, resolving once it is done (rejecting if a step throws).
 * Each step is a message to itself: a task of its own that timers' throttling does not delay.
 */
export function runInTasks(steps: Iterator<unknown>): Promise<void> {
  const channel = new MessageChannel();
  return new Promise<void>((resolve, reject) => {
    channel.port1.onmessage = () => {
      try {
        if (steps.next().done) {
          channel.port1.close();
          resolve();
        } else {
          channel.port2.postMessage(null);
        }
      } catch (error) {
        channel.port1.close();
        reject(error);
      }
    };
    channel.port2.postMessage(null);
  });
}
