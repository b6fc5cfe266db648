import { deepFreeze } from '@khuyencong/internal';
import type { SeedDataset } from './SeedDataset';

const REGION = { kind: 'region', id: 'central-highlands' } as const;

/**
 * The figures of the project's seed article (Đại Biểu Nhân Dân, 2024: khuyến công in the Central and
 * Central Highlands region), exactly as printed, approximate ones with their qualifier ("hơn", "gần").
 * Nothing here is corrected: the reported 115,6% for consulting revenue that does not match "gần 8 tỷ"
 * of 6,04 tỷ is kept, so that checks can find it. Where the article does not state a figure (the 2024
 * regional plan, a counterpart amount) it is absent.
 *
 * Notes on what is not in the article: the projects' approval dates and decision numbers are not stated;
 * the status of each is the least the article supports; Việt Séc's enterprise size is not stated (it does
 * not matter for a cleaner-production pilot, which has no size limit).
 *
 * @category Seed data
 * @example
 * ```ts
 * import { SEED_DATASET } from '@khuyencong/domain';
 * const plan2023 = SEED_DATASET.plans.find((plan) => plan.year === 2023 && plan.scope.kind === 'region');
 * [plan2023?.planned?.amount, SEED_DATASET.projects.length]
 * //=> ['78600000000', 3]
 * ```
 */
export const SEED_DATASET: SeedDataset = /* @__PURE__ */ deepFreeze({
  source: {
    title: 'Đại Biểu Nhân Dân (2024): khuyến công khu vực miền Trung - Tây Nguyên',
    url: 'https://daibieunhandan.vn/tao-dong-luc-cho-san-xuat-theo-huong-ben-vung-tuan-hoan-post398198.html',
  },
  plans: [
    {
      scope: REGION,
      year: 2023,
      planned: { amount: '78600000000', asWritten: '78,6 tỷ đồng' },
    },
    {
      scope: REGION,
      year: 2024,
      consulting: {
        units: 5,
        unitsInScope: 15,
        projects: 128,
        revenue: { amount: '6040000000', asWritten: '6,04 tỷ đồng' },
      },
    },
    {
      scope: { kind: 'province', id: 'da-nang' },
      year: 2024,
      planned: { amount: '5500000000', asWritten: '5,5 tỷ đồng' },
    },
  ],
  reports: [
    {
      scope: REGION,
      period: { kind: 'year', year: 2023 },
      achieved: { amount: '73500000000', asWritten: '73,5 tỷ đồng' },
      reportedAttainment: { percent: '93.5', asWritten: '93,5%' },
    },
    {
      scope: REGION,
      period: { kind: 'nine-months', year: 2024 },
      achieved: { amount: '33800000000', asWritten: '33,8 tỷ đồng' },
      achievedBySource: {
        national: { amount: '9000000000', qualifier: 'more-than', asWritten: 'hơn 9 tỷ đồng' },
        local: { amount: '24800000000', asWritten: '24,8 tỷ đồng' },
      },
      reportedAttainment: { percent: '52.03', asWritten: '52,03%' },
      consulting: {
        units: 5,
        unitsInScope: 15,
        projects: 76,
        revenue: { amount: '8000000000', qualifier: 'nearly', asWritten: 'gần 8 tỷ đồng' },
        reportedAttainment: { percent: '115.6', asWritten: '115,6%' },
      },
    },
  ],
  projects: [
    {
      id: 'seed-da-nang-viet-sec',
      title: 'Mô hình thí điểm áp dụng sản xuất sạch hơn tại Công ty CP Việt Séc',
      activity: 'cleaner-production-pilot',
      fund: 'local',
      implementingUnit: 'Chương trình khuyến công thành phố Đà Nẵng',
      beneficiaries: [{ name: 'Công ty CP Việt Séc', kind: 'small-medium-enterprise' }],
      location: {
        provinceId: 'da-nang',
        district: 'Cẩm Lệ',
        address: 'Khu công nghiệp Hòa Cầm',
        asOf: '2024-01-01',
      },
      year: 2024,
      status: 'handed-over',
      totalCost: '1360000000',
      eligibleCost: '1360000000',
      funding: { local: '300000000' },
      reported: {
        totalCost: { amount: '1360000000', asWritten: '1,36 tỷ đồng' },
        local: { amount: '300000000', asWritten: '300 triệu đồng' },
      },
    },
    {
      id: 'seed-phu-yen-agro-aquatic-machinery',
      title:
        'Hỗ trợ ứng dụng máy móc, thiết bị tiên tiến trong chế biến các sản phẩm từ nông - thủy sản',
      activity: 'machinery',
      fund: 'local',
      sector: 'agro-forestry-aquatic-food-processing',
      implementingUnit:
        'Trung tâm Khuyến công, Xúc tiến thương mại và Tiết kiệm năng lượng Phú Yên',
      beneficiaries: [
        { name: 'Hộ kinh doanh hải sản Sông Cầu', kind: 'household-business' },
        { name: 'Hộ kinh doanh Thi Nga', kind: 'household-business' },
        { name: 'Hộ kinh doanh Phạm Thị Bích Thủy', kind: 'household-business' },
      ],
      location: { provinceId: 'phu-yen', asOf: '2024-01-01' },
      year: 2024,
      status: 'approved',
      totalCost: '899000000',
      funding: { local: '286000000', counterpart: '613000000' },
      reported: {
        totalCost: { amount: '899000000', qualifier: 'more-than', asWritten: 'hơn 899 triệu đồng' },
        local: { amount: '286000000', asWritten: '286 triệu đồng' },
        counterpart: {
          amount: '613000000',
          qualifier: 'more-than',
          asWritten: 'hơn 613 triệu đồng',
        },
      },
    },
    {
      id: 'seed-dak-lak-purified-ice',
      title: 'Hỗ trợ ứng dụng máy móc thiết bị tiên tiến trong sản xuất nước đá viên tinh khiết',
      activity: 'machinery',
      fund: 'local',
      implementingUnit: 'Trung tâm Khuyến công và Tư vấn Phát triển công nghiệp Đắk Lắk',
      beneficiaries: [{ name: 'Hộ kinh doanh Nguyễn Thiên Ban', kind: 'household-business' }],
      location: {
        provinceId: 'dak-lak',
        district: 'Krông Búk',
        commune: 'Cư Né',
        communeKind: 'commune',
        asOf: '2024-01-01',
      },
      year: 2024,
      status: 'approved',
      totalCost: '800000000',
      funding: { local: '190000000' },
      reported: {
        totalCost: { amount: '800000000', asWritten: '800 triệu đồng' },
        local: { amount: '190000000', asWritten: '190 triệu đồng' },
      },
    },
  ],
});
