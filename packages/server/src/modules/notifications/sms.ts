/** Where SMS messages leave Jiceng; the outbox dispatcher is its only caller. */
export interface SmsSender {
  readonly name: string;
  send(phone: string, text: string): Promise<void>;
}

/** The default: writes the message to the server log only (no gateway configured). */
export class LogSmsSender implements SmsSender {
  readonly name = 'log';
  readonly sent: { phone: string; text: string }[] = [];
  constructor(private readonly log: (line: string) => void = () => undefined) {}
  async send(phone: string, text: string): Promise<void> {
    this.sent.push({ phone, text });
    this.log(`[短信] ${phone.slice(0, 3)}****${phone.slice(-4)}：${text}`);
  }
}

/**
 * A generic HTTP gateway: POST JSON `{ "to", "text" }` with an optional bearer token. Most Chinese SMS
 * providers sit behind such a relay in county networks; a non-2xx answer is a failed attempt.
 */
export class HttpSmsGateway implements SmsSender {
  readonly name = 'http';
  constructor(
    private readonly url: string,
    private readonly token: string | undefined,
    private readonly timeoutMs = 10_000,
  ) {}

  async send(phone: string, text: string): Promise<void> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const response = await fetch(this.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ to: phone, text }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) throw new Error(`短信网关返回 ${response.status}`);
  }
}
