// The service's endpoints, by URLs relative to the page, so the page works under any path prefix.

export async function post(stage, body) {
  const response = await fetch(`api/v1/${stage}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = await response.json().catch(() => null);
  if (!response.ok) {
    const why = answer && (answer.detail || answer.title) || response.statusText;
    throw new Error(`${stage}: ${response.status} ${why}`);
  }
  return answer;
}
