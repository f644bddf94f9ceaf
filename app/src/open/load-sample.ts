import type { FileMap } from "@karma/core";

/** The bundled sample: a copy of the real aws-config repository, listed in its manifest. */
export async function loadSample(base = import.meta.env.BASE_URL): Promise<FileMap> {
  const root = `${base}sample/`;
  const manifest = await fetchOk(`${root}manifest.json`).then((response) => response.json());
  const paths = (manifest as { files: string[] }).files;
  const texts = await Promise.all(
    paths.map((path) => fetchOk(`${root}${path}`).then((response) => response.text())),
  );
  const files: FileMap = {};
  paths.forEach((path, index) => {
    files[path] = texts[index]!;
  });
  return files;
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response;
}
