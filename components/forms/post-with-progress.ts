/** What the server answered: its status and its JSON body (null when there was no answer at all). */
export type ProgressAnswer<T> = { status: number; body: T | null };

/**
 * POSTs a body with XMLHttpRequest, the one browser API that reports an upload's progress. An
 * answer that never came (offline, dropped) is status 0 with no body, for the caller's own words.
 */
export function postWithProgress<T>(url: string, body: XMLHttpRequestBodyInit, onProgress: (fraction: number) => void, headers: Record<string, string> = {}): Promise<ProgressAnswer<T>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "json";
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.response as T | null });
    xhr.onerror = () => resolve({ status: 0, body: null });
    xhr.send(body);
  });
}
