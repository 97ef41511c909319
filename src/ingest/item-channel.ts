// A bounded queue between producers (file readers, fetch workers) and the one consumer (the pipeline). A producer
// waits while the queue is full, so fetching ahead of processing never holds more than `capacity` documents.

export type Channel<T> = AsyncIterable<T> & {
  push(item: T): Promise<void>;
  close(): void;
  fail(error: unknown): void;
};

export function createChannel<T>(capacity: number): Channel<T> {
  const buffer: T[] = [];
  const blockedProducers: (() => void)[] = [];
  let wakeConsumer: (() => void) | undefined;
  let closed = false;
  let failure: { error: unknown } | undefined;

  const wake = () => {
    wakeConsumer?.();
    wakeConsumer = undefined;
  };

  return {
    push(item) {
      buffer.push(item);
      wake();
      if (buffer.length <= capacity) return Promise.resolve();
      return new Promise((resolve) => blockedProducers.push(resolve));
    },
    close() {
      closed = true;
      wake();
    },
    fail(error) {
      failure = { error };
      wake();
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (buffer.length > 0) {
          const item = buffer.shift()!;
          blockedProducers.shift()?.();
          yield item;
          continue;
        }
        if (failure) throw failure.error;
        if (closed) return;
        await new Promise<void>((resolve) => (wakeConsumer = resolve));
      }
    },
  };
}
