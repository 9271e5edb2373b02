import { buildPublisherSite } from './publisher-builds.ts';

/** Global setup of the e2e project: the publisher's fixture builds and their PDFs, made once per run. */
export default function setup(): void {
  buildPublisherSite();
}
