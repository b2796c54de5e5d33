// Serves the built site (`dist/`) with `astro preview` and, once it answers, prints the two addresses a
// reader wants. PORT picks the port (default 4321); if it is taken, Astro moves to the next free one and the
// address printed here is the one it really uses.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const requestedPort = Number(process.env.PORT ?? 4321);
if (!Number.isInteger(requestedPort) || requestedPort < 1 || requestedPort > 65535) {
  console.error(`PORT must be a whole number from 1 to 65535; got "${process.env.PORT}".`);
  process.exit(2);
}
const base = `/${(process.env.BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/\/+/g, '/');
const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

const child = spawn(process.execPath, [astroBin, 'preview', '--port', String(requestedPort)], {
  stdio: ['inherit', 'pipe', 'inherit'],
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

let announced = false;
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const match = /http:\/\/localhost:(\d+)\//.exec(chunk);
  if (match && !announced) {
    announced = true;
    void announceWhenUp(Number(match[1]));
  }
});

async function announceWhenUp(port) {
  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${origin}${base}en/`);
      if (response.ok) {
        console.log(`\nPlaybook is up:\n  English   ${origin}${base}en/\n  简体中文  ${origin}${base}zh-cn/\n`);
        return;
      }
    } catch {
      // Not listening yet: try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  console.error(`The server started but ${origin}${base}en/ did not answer within 30 s. Was \`npm run build\` run?`);
}
