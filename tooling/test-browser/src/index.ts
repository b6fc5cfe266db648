export { CHROMIUM_PATH, chromiumAvailable, launchChromium } from './launchChromium';
