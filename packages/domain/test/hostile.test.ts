import { hostileSuite } from '@khuyencong/hostile';
import * as communes from '../src/communes/index';
import * as api from '../src/index';
import { ERROR_CODES, isKhuyenCongError } from '../src/index';
import { CASES, COMMUNE_CASES } from './hostileCases';

const options = { isCodedError: (error: unknown) => isKhuyenCongError(error, ERROR_CODES) };

hostileSuite('@khuyencong/domain', api, CASES, options);
hostileSuite('@khuyencong/domain/communes', communes, COMMUNE_CASES, options);
