import net from 'node:net';

export type NetworkSwitch = { url: string; setOffline: (isOffline: boolean) => void; close: () => Promise<void> };

/**
 * A TCP relay in front of the app server that can cut the line: while offline it resets every
 * open connection and refuses new ones. Playwright's `context.setOffline` does not reach a service
 * worker's own fetches in Chromium, so the specs cut the network here as well.
 */
export async function startNetworkSwitch(targetUrl: string): Promise<NetworkSwitch> {
  const target = new URL(targetUrl);
  const open = new Set<net.Socket>();
  let isOffline = false;
  const server = net.createServer((client) => {
    if (isOffline) {
      client.destroy();
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setOffline: (value) => {
      isOffline = value;
      if (value) for (const socket of open) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
