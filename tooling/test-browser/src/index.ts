export { CHROMIUM_PATH, chromiumAvailable, launchChromium } from './launchChromium';
export { type OpenedPage, openPage } from './openPage';
