package io.kefu.marketplace;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The marketplace simulator's demo data: deterministic, generated from a fixed seed
 * ({@link #SEED}) with {@link java.util.Random}, so every install holds the same customers,
 * sellers and orders. Pure Java, no database; {@link DemoMarketplaceSeeder} inserts it.
 *
 * <p>What it holds: {@value #CUSTOMER_COUNT} customers {@code C00001…C00080} (15 % VIP, 30 %
 * English speakers, five with an account risk flag), {@value #SELLER_COUNT} sellers
 * {@code S0001…S0015} (credit scores 55 to 99) and {@value #ORDER_COUNT} orders placed between
 * 2026-10-01 and 2026-11-30 (Asia/Shanghai) with a Double 11 peak, amounts from 9.90 to 12,999.00
 * CNY (most under 500), every {@link OrderStatus}, the carriers 顺丰 SF, 中通 ZTO, 圆通 YTO, 韵达
 * Yunda, 京东物流 JD Logistics and EMS with tracking numbers in each carrier's format, and six
 * orders whose tracking number was uploaded but never collected, for days (fake shipments). The
 * data describes the marketplace as of {@link #AS_OF} (2026-12-01 00:00 Asia/Shanghai): no time
 * in it is later, and an order still {@code SHIPPED} without {@code collectedAt} at that instant
 * was either uploaded less than 20 h before it or is one of the fake shipments, uploaded between
 * 2026-11-03 and 2026-11-20.
 *
 * <p>Privacy: only the last four digits of a phone and the last four characters of a delivery
 * address exist; e-mail addresses use the reserved domains example.com, example.net and
 * example.org, so no mail can reach a real person.
 *
 * <h2>Well-known records</h2>
 * Fixed regardless of the generator (the README's curl example and tests rely on them):
 * <table>
 *   <caption>Customers</caption>
 *   <tr><th>id</th><th>name</th><th>tier</th><th>language</th><th>phone/address last 4</th>
 *       <th>risk flags</th></tr>
 *   <tr><td>C00001</td><td>张伟</td><td>NORMAL</td><td>zh</td><td>6621 / 502室</td><td>-</td></tr>
 *   <tr><td>C00002</td><td>王秀英</td><td>VIP</td><td>zh</td><td>3308 / 801室</td><td>-</td></tr>
 *   <tr><td>C00003</td><td>Emily Carter</td><td>NORMAL</td><td>en</td><td>4417 / 203室</td>
 *       <td>-</td></tr>
 *   <tr><td>C00004</td><td>李娜</td><td>NORMAL</td><td>zh</td><td>9052 / 101室</td>
 *       <td>RECENT_ABNORMAL_LOGIN</td></tr>
 *   <tr><td>C00005</td><td>刘洋</td><td>NORMAL</td><td>zh</td><td>7714 / 602室</td><td>-</td></tr>
 * </table>
 * <table>
 *   <caption>Orders (amounts in CNY)</caption>
 *   <tr><th>order</th><th>customer</th><th>seller</th><th>item</th><th>amount</th>
 *       <th>status</th><th>carrier</th></tr>
 *   <tr><td>O2026110100001</td><td>C00001</td><td>S0001</td><td>小米手环9 NFC版</td>
 *       <td>269.00</td><td>DELIVERED</td><td>SF</td></tr>
 *   <tr><td>O2026101000001</td><td>C00001</td><td>S0010</td><td>纯棉四件套</td><td>299.00</td>
 *       <td>CANCELLED (never paid)</td><td>-</td></tr>
 *   <tr><td>O2026113000001</td><td>C00001</td><td>S0009</td><td>米家电水壶</td><td>69.00</td>
 *       <td>CREATED (unpaid)</td><td>-</td></tr>
 *   <tr><td>O2026111100001</td><td>C00002</td><td>S0001</td><td>华为 Mate X6</td>
 *       <td>12,999.00</td><td>DELIVERED</td><td>JD</td></tr>
 *   <tr><td>O2026103000001</td><td>C00002</td><td>S0008</td><td>兰蔻菁纯口红</td><td>350.00</td>
 *       <td>REFUNDED (returned)</td><td>EMS</td></tr>
 *   <tr><td>O2026102400001</td><td>C00003</td><td>S0014</td><td>UNIQLO fleece jacket</td>
 *       <td>199.00</td><td>DELIVERED</td><td>ZTO</td></tr>
 *   <tr><td>O2026112800001</td><td>C00003</td><td>S0011</td><td>UGREEN USB-C cable</td>
 *       <td>9.90</td><td>SHIPPED, in transit</td><td>YTO</td></tr>
 *   <tr><td>O2026112900001</td><td>C00004</td><td>S0009</td><td>戴森 V12 吸尘器</td>
 *       <td>4,490.00</td><td>PAID at 03:13 (not shipped)</td><td>-</td></tr>
 *   <tr><td>O2026110500001</td><td>C00005</td><td>S0003</td><td>波司登羽绒服</td>
 *       <td>1,299.00</td><td>DELIVERED</td><td>YUNDA</td></tr>
 *   <tr><td>O2026111500001</td><td>C00005</td><td>S0002</td><td>加厚收纳箱</td><td>59.90</td>
 *       <td>SHIPPED 2026-11-15 18:00, never collected (fake shipment)</td><td>ZTO</td></tr>
 * </table>
 * Sellers: S0001 极客数码旗舰店 (credit 96), S0002 好运来日用百货店 (credit 58). For the "order is
 * not yours" check use C00001 with O2026110500001 (C00005's).
 */
public record DemoMarketplaceData(List<Customer> customers, List<Seller> sellers,
    List<Order> orders) {

  /** The seed every install uses. */
  public static final long SEED = 20261111L;
  /** The zone the demo marketplace lives in; order numbers carry the local date. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** The first instant an order may be placed: 2026-10-01 00:00 Asia/Shanghai. */
  public static final Instant FROM = LocalDate.of(2026, 10, 1).atStartOfDay(ZONE).toInstant();
  /** The moment the data describes: 2026-12-01 00:00 Asia/Shanghai; nothing in it is later. */
  public static final Instant AS_OF = LocalDate.of(2026, 12, 1).atStartOfDay(ZONE).toInstant();

  public static final int CUSTOMER_COUNT = 80;
  public static final int SELLER_COUNT = 15;
  public static final int ORDER_COUNT = 320;
  /** Generated fake shipments, in addition to the well-known {@link #ORDER_FAKE_SHIPMENT}. */
  static final int GENERATED_FAKE_SHIPMENTS = 5;

  /** 张伟, NORMAL, zh; orders {@link #ORDER_DELIVERED}, {@link #ORDER_CANCELLED}, {@link #ORDER_UNPAID}. */
  public static final String CUSTOMER_ZH = "C00001";
  /** 王秀英, VIP, zh; orders {@link #ORDER_VIP_LARGE} (12,999 CNY), {@link #ORDER_VIP_REFUNDED}. */
  public static final String CUSTOMER_VIP = "C00002";
  /** Emily Carter, NORMAL, en; orders {@link #ORDER_EN_DELIVERED}, {@link #ORDER_EN_IN_TRANSIT}. */
  public static final String CUSTOMER_EN = "C00003";
  /** 李娜, NORMAL, zh, flagged RECENT_ABNORMAL_LOGIN; order {@link #ORDER_AT_RISK_PAID}. */
  public static final String CUSTOMER_AT_RISK = "C00004";
  /** 刘洋, NORMAL, zh; orders {@link #ORDER_OF_OTHER_CUSTOMER}, {@link #ORDER_FAKE_SHIPMENT}. */
  public static final String CUSTOMER_OTHER = "C00005";

  /** 极客数码旗舰店, credit score 96. */
  public static final String SELLER_TRUSTED = "S0001";
  /** 好运来日用百货店, credit score 58; the seller of {@link #ORDER_FAKE_SHIPMENT}. */
  public static final String SELLER_LOW_CREDIT = "S0002";

  /** C00001's 小米手环9 NFC版, 269.00 CNY, DELIVERED by SF Express on 2026-11-02. */
  public static final String ORDER_DELIVERED = "O2026110100001";
  /** C00001's bedding set, 299.00 CNY, CANCELLED before payment. */
  public static final String ORDER_CANCELLED = "O2026101000001";
  /** C00001's kettle, 69.00 CNY, CREATED (not paid) on 2026-11-30 23:41. */
  public static final String ORDER_UNPAID = "O2026113000001";
  /** C00002's HUAWEI Mate X6, 12,999.00 CNY, DELIVERED by JD Logistics. */
  public static final String ORDER_VIP_LARGE = "O2026111100001";
  /** C00002's lipstick, 350.00 CNY, REFUNDED after a return (EMS). */
  public static final String ORDER_VIP_REFUNDED = "O2026103000001";
  /** C00003's UNIQLO fleece jacket, 199.00 CNY, DELIVERED by ZTO. */
  public static final String ORDER_EN_DELIVERED = "O2026102400001";
  /** C00003's USB-C cable, 9.90 CNY, SHIPPED with YTO and collected, not yet delivered. */
  public static final String ORDER_EN_IN_TRANSIT = "O2026112800001";
  /** C00004's Dyson vacuum, 4,490.00 CNY, PAID at 03:13 at night, not shipped. */
  public static final String ORDER_AT_RISK_PAID = "O2026112900001";
  /** C00005's down jacket, 1,299.00 CNY, DELIVERED by Yunda: "not yours" for anyone else. */
  public static final String ORDER_OF_OTHER_CUSTOMER = "O2026110500001";
  /** C00005's storage boxes, 59.90 CNY, tracking number uploaded, never collected. */
  public static final String ORDER_FAKE_SHIPMENT = "O2026111500001";

  private static final Set<String> WELL_KNOWN_CUSTOMERS =
      Set.of(CUSTOMER_ZH, CUSTOMER_VIP, CUSTOMER_EN, CUSTOMER_AT_RISK, CUSTOMER_OTHER);
  private static final DateTimeFormatter ORDER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

  public DemoMarketplaceData {
    customers = List.copyOf(customers);
    sellers = List.copyOf(sellers);
    orders = List.copyOf(orders);
  }

  /** The demo data every install gets ({@link #SEED}). */
  public static DemoMarketplaceData generate() {
    return generate(SEED);
  }

  /** Demo data from another seed: same shape and well-known records, other generated rows. */
  public static DemoMarketplaceData generate(long seed) {
    return new Generator(seed).run();
  }

  // ---------------------------------------------------------------------------------------------
  // Catalogue, stores and names

  private record Item(String category, String zh, String en, BigDecimal price) {}

  private static Item item(String category, String zh, String en, String price) {
    return new Item(category, zh, en, new BigDecimal(price));
  }

  private static final Item MI_BAND = item("ELECTRONICS", "小米手环9 NFC版 智能运动手环",
      "Xiaomi Smart Band 9 NFC", "269.00");
  private static final Item MATE_X6 = item("ELECTRONICS", "华为 Mate X6 折叠屏手机 12GB+256GB 曜石黑",
      "HUAWEI Mate X6 foldable phone 12GB+256GB Nebula Black", "12999.00");
  private static final Item USB_CABLE = item("ELECTRONICS", "绿联 Type-C 数据线 快充 1米",
      "UGREEN USB-C cable 1 m", "9.90");
  private static final Item DYSON = item("APPLIANCES", "戴森 V12 Detect Slim 无绳吸尘器",
      "Dyson V12 Detect Slim cordless vacuum", "4490.00");
  private static final Item KETTLE = item("APPLIANCES", "米家电水壶 1.5L 304不锈钢",
      "Mijia electric kettle 1.5 L", "69.00");
  private static final Item FLEECE = item("APPAREL", "优衣库 摇粒绒拉链外套 男女同款",
      "UNIQLO fleece full-zip jacket", "199.00");
  private static final Item DOWN_JACKET = item("APPAREL", "波司登 连帽羽绒服 女款 中长款",
      "Bosideng hooded down jacket, women's mid-length", "1299.00");
  private static final Item LIPSTICK = item("BEAUTY", "兰蔻菁纯口红 #274",
      "Lancôme L'Absolu Rouge lipstick #274", "350.00");
  private static final Item BEDDING = item("HOME", "纯棉四件套 1.8m床 简约条纹",
      "Cotton bedding set, 4 pieces, 1.8 m bed", "299.00");
  private static final Item STORAGE_BOXES = item("HOME", "加厚收纳箱 3个装 带轮",
      "Heavy-duty storage boxes with wheels, 3-pack", "59.90");

  private static final List<Item> CATALOGUE = List.of(
      MI_BAND, MATE_X6, USB_CABLE,
      item("ELECTRONICS", "Apple iPhone 16 Pro 256GB 原色钛金属",
          "Apple iPhone 16 Pro 256GB Natural Titanium", "8999.00"),
      item("ELECTRONICS", "小米15 12GB+256GB 白色", "Xiaomi 15 12GB+256GB White", "4499.00"),
      item("ELECTRONICS", "Redmi K80 16GB+512GB 雪岩白", "Redmi K80 16GB+512GB Snow White",
          "2799.00"),
      item("ELECTRONICS", "华为 FreeBuds Pro 4 无线降噪耳机",
          "HUAWEI FreeBuds Pro 4 noise-cancelling earbuds", "1299.00"),
      item("ELECTRONICS", "联想小新 Pro 14 轻薄笔记本电脑", "Lenovo Xiaoxin Pro 14 laptop",
          "5499.00"),
      item("ELECTRONICS", "罗技 MX Master 3S 无线鼠标", "Logitech MX Master 3S wireless mouse",
          "599.00"),
      item("ELECTRONICS", "Anker安克 20W 苹果快充充电器", "Anker 20W USB-C fast charger",
          "59.00"),
      item("ELECTRONICS", "倍思 20000mAh 充电宝 22.5W快充", "Baseus 20000 mAh power bank",
          "129.00"),
      item("ELECTRONICS", "iPhone 16 Pro 手机壳 透明防摔",
          "Clear shockproof case for iPhone 16 Pro", "19.90"),
      DYSON, KETTLE,
      item("APPLIANCES", "美的 1.5匹 新一级能效 变频空调挂机",
          "Midea 1.5 HP inverter air conditioner", "2699.00"),
      item("APPLIANCES", "石头 P10 自清洁扫拖机器人", "Roborock P10 robot vacuum and mop",
          "2999.00"),
      item("APPLIANCES", "海尔 10公斤 滚筒洗衣机", "Haier 10 kg front-load washing machine",
          "2199.00"),
      item("APPLIANCES", "九阳 破壁豆浆机 家用", "Joyoung high-speed blender and soymilk maker",
          "399.00"),
      item("APPLIANCES", "小熊 电炖锅 1.6L", "Bear electric stew pot 1.6 L", "129.00"),
      item("APPLIANCES", "飞利浦 声波电动牙刷 HX6730", "Philips Sonicare HX6730 toothbrush",
          "299.00"),
      FLEECE, DOWN_JACKET,
      item("APPAREL", "纯棉圆领短袖T恤 三件装", "Cotton crew-neck T-shirts, 3-pack", "79.90"),
      item("APPAREL", "高腰直筒牛仔裤 女", "High-waist straight-leg jeans", "159.00"),
      item("APPAREL", "羊毛混纺针织开衫", "Wool-blend knit cardigan", "239.00"),
      item("APPAREL", "加厚保暖袜子 5双装", "Thermal socks, 5 pairs", "29.90"),
      item("APPAREL", "男士免烫商务休闲衬衫", "Men's non-iron casual shirt", "139.00"),
      LIPSTICK,
      item("BEAUTY", "雅诗兰黛 特润修护肌活精华露 50ml",
          "Estée Lauder Advanced Night Repair serum 50 ml", "780.00"),
      item("BEAUTY", "珀莱雅 双抗精华 30ml", "PROYA Dual-Resist serum 30 ml", "219.00"),
      item("BEAUTY", "薇诺娜 舒敏保湿特护霜 50g", "Winona soothing moisturising cream 50 g",
          "268.00"),
      item("BEAUTY", "完美日记 十六色眼影盘", "Perfect Diary 16-colour eyeshadow palette",
          "89.90"),
      item("BEAUTY", "曼秀雷敦 润唇膏", "Mentholatum lip balm", "19.90"),
      item("BEAUTY", "控油蓬松洗发水 500ml", "Oil-control volumising shampoo 500 ml", "49.90"),
      item("FOOD", "三只松鼠 每日坚果 30包", "Three Squirrels daily nuts, 30 packs", "99.90"),
      item("FOOD", "阳澄湖大闸蟹 礼券 8只装", "Yangcheng Lake hairy crab voucher, 8 crabs",
          "588.00"),
      item("FOOD", "赣南脐橙 5kg 礼盒", "Gannan navel oranges 5 kg gift box", "49.90"),
      item("FOOD", "西湖龙井 明前特级 250g", "West Lake Longjing tea, premium 250 g", "368.00"),
      item("FOOD", "柳州螺蛳粉 5袋装", "Liuzhou river-snail rice noodles, 5 bags", "39.90"),
      item("FOOD", "卫龙 辣条 大礼包", "Weilong spicy gluten strips, party pack", "29.90"),
      item("FOOD", "贵州茅台 飞天 53度 500ml", "Kweichow Moutai Feitian 53% 500 ml", "1499.00"),
      BEDDING, STORAGE_BOXES,
      item("HOME", "泰国天然乳胶枕", "Natural latex pillow", "129.00"),
      item("HOME", "原木抽纸 24包", "Facial tissues, 24 packs", "45.90"),
      item("HOME", "不粘锅炒锅 32cm", "Non-stick wok 32 cm", "169.00"),
      item("HOME", "316不锈钢保温杯 500ml", "Vacuum flask 500 ml", "89.00"),
      item("HOME", "洗衣凝珠 52颗", "Laundry pods, 52 count", "39.90"),
      item("BABY", "飞鹤 星飞帆 3段 幼儿配方奶粉 700g", "Feihe Star Flying Sail stage 3 formula 700 g",
          "298.00"),
      item("BABY", "帮宝适 一级帮 纸尿裤 L码", "Pampers Ichiban diapers, size L", "169.00"),
      item("BABY", "好孩子 轻便婴儿推车", "Goodbaby lightweight stroller", "1299.00"),
      item("BABY", "儿童安全座椅 ISOFIX 0-12岁", "Child car seat, ISOFIX, 0-12 years", "1599.00"),
      item("BABY", "婴儿手口湿巾 80抽 10包", "Baby wipes, 80 x 10 packs", "59.90"),
      item("BABY", "乐高 得宝 大颗粒积木", "LEGO DUPLO building set", "399.00"),
      item("SPORTS", "李宁 超轻21 跑步鞋", "Li-Ning Super Light 21 running shoes", "399.00"),
      item("SPORTS", "迪卡侬 防水登山鞋", "Decathlon waterproof hiking shoes", "349.00"),
      item("SPORTS", "骆驼 三合一冲锋衣", "Camel 3-in-1 outdoor jacket", "499.00"),
      item("SPORTS", "安踏 运动卫衣", "ANTA sports hoodie", "229.00"),
      item("SPORTS", "尤尼克斯 羽毛球拍", "YONEX badminton racket", "680.00"),
      item("SPORTS", "加厚瑜伽垫 10mm", "Yoga mat 10 mm", "69.00"),
      item("SPORTS", "速干运动毛巾", "Quick-dry sports towel", "25.90"),
      item("BOOKS", "《三体》全集 刘慈欣", "The Three-Body Problem trilogy, Liu Cixin", "99.00"),
      item("BOOKS", "《活着》余华", "To Live, by Yu Hua", "28.00"),
      item("BOOKS", "《人类简史》", "Sapiens: A Brief History of Humankind", "52.80"),
      item("BOOKS", "五年高考三年模拟 数学", "Five-Year Gaokao, Three-Year Mock: Mathematics",
          "49.80"),
      item("BOOKS", "《明朝那些事儿》全套", "Those Things in the Ming Dynasty, complete set",
          "168.00"),
      item("PETS", "皇家 室内成猫粮 2kg", "Royal Canin Indoor adult cat food 2 kg", "189.00"),
      item("PETS", "渴望 六种鱼 猫粮 1.8kg", "ORIJEN Six Fish cat food 1.8 kg", "439.00"),
      item("PETS", "豆腐猫砂 6L×4包", "Tofu cat litter, 6 L x 4", "69.90"),
      item("PETS", "宠物自动喂食器", "Automatic pet feeder", "259.00"),
      item("PETS", "狗狗磨牙棒", "Dog dental chews", "29.90"),
      item("PETS", "瓦楞纸猫抓板", "Cardboard cat scratcher", "19.90"));

  /** Share of orders per category of goods. */
  private static final Map<String, Double> CATEGORY_WEIGHTS = new LinkedHashMap<>();

  static {
    CATEGORY_WEIGHTS.put("ELECTRONICS", 20.0);
    CATEGORY_WEIGHTS.put("APPAREL", 18.0);
    CATEGORY_WEIGHTS.put("BEAUTY", 12.0);
    CATEGORY_WEIGHTS.put("FOOD", 12.0);
    CATEGORY_WEIGHTS.put("HOME", 12.0);
    CATEGORY_WEIGHTS.put("APPLIANCES", 8.0);
    CATEGORY_WEIGHTS.put("BABY", 6.0);
    CATEGORY_WEIGHTS.put("SPORTS", 6.0);
    CATEGORY_WEIGHTS.put("BOOKS", 4.0);
    CATEGORY_WEIGHTS.put("PETS", 4.0);
  }

  private record Store(String id, String name, String category, ShippingCarrier carrier) {}

  /** The stores, each with its main category and usual carrier. */
  private static final List<Store> STORES = List.of(
      new Store("S0001", "极客数码旗舰店", "ELECTRONICS", ShippingCarrier.SF),
      new Store("S0002", "好运来日用百货店", "HOME", ShippingCarrier.ZTO),
      new Store("S0003", "云裳女装精品店", "APPAREL", ShippingCarrier.YUNDA),
      new Store("S0004", "山野户外运动专营店", "SPORTS", ShippingCarrier.YTO),
      new Store("S0005", "良品小食铺", "FOOD", ShippingCarrier.ZTO),
      new Store("S0006", "萌宝母婴生活馆", "BABY", ShippingCarrier.JD),
      new Store("S0007", "墨香图书专营店", "BOOKS", ShippingCarrier.EMS),
      new Store("S0008", "花颜美妆集合店", "BEAUTY", ShippingCarrier.EMS),
      new Store("S0009", "智家电器旗舰店", "APPLIANCES", ShippingCarrier.JD),
      new Store("S0010", "宅家优品家居馆", "HOME", ShippingCarrier.YUNDA),
      new Store("S0011", "潮流数码配件店", "ELECTRONICS", ShippingCarrier.YTO),
      new Store("S0012", "萌宠乐园宠物用品店", "PETS", ShippingCarrier.ZTO),
      new Store("S0013", "鲜果时光生鲜店", "FOOD", ShippingCarrier.SF),
      new Store("S0014", "型男衣橱男装店", "APPAREL", ShippingCarrier.ZTO),
      new Store("S0015", "华强北电子商行", "ELECTRONICS", ShippingCarrier.YUNDA));

  /** Credit scores of the stores after S0001 (96) and S0002 (58), dealt out by the seed. */
  private static final List<Integer> CREDIT_SCORES =
      List.of(99, 94, 91, 88, 85, 82, 79, 76, 73, 69, 66, 61, 55);

  private static final String[] SURNAMES = {"王:wang", "李:li", "张:zhang", "刘:liu", "陈:chen",
      "杨:yang", "黄:huang", "赵:zhao", "吴:wu", "周:zhou", "徐:xu", "孙:sun", "马:ma", "朱:zhu",
      "胡:hu", "郭:guo", "何:he", "高:gao", "林:lin", "罗:luo", "郑:zheng", "梁:liang", "谢:xie",
      "宋:song", "唐:tang", "韩:han", "冯:feng", "邓:deng", "曹:cao", "彭:peng"};
  private static final String[] GIVEN_NAMES = {"伟:wei", "芳:fang", "敏:min", "静:jing", "丽:li",
      "强:qiang", "磊:lei", "军:jun", "勇:yong", "艳:yan", "杰:jie", "娟:juan", "涛:tao",
      "明:ming", "超:chao", "秀兰:xiulan", "霞:xia", "平:ping", "刚:gang", "桂英:guiying",
      "子涵:zihan", "浩然:haoran", "一诺:yinuo", "欣怡:xinyi", "梓萱:zixuan", "宇轩:yuxuan",
      "思远:siyuan", "雨桐:yutong", "佳琪:jiaqi", "俊杰:junjie", "晓东:xiaodong", "海燕:haiyan",
      "建国:jianguo", "文博:wenbo", "婷婷:tingting", "志强:zhiqiang"};
  private static final String[] FIRST_NAMES = {"James", "Emily", "Michael", "Sarah", "David",
      "Olivia", "Daniel", "Sophie", "Thomas", "Hannah", "Lucas", "Chloe", "Ryan", "Grace",
      "Ethan", "Mia", "Oliver", "Charlotte", "William", "Amelia", "Benjamin", "Isabella", "Jack",
      "Priya", "Marco", "Anna", "Kenji", "Fatima"};
  private static final String[] LAST_NAMES = {"Smith", "Johnson", "Brown", "Wilson", "Taylor",
      "Anderson", "Thompson", "Walker", "Harris", "Clarke", "Lewis", "Robinson", "Hughes",
      "Evans", "Wright", "Martin", "Rossi", "Sharma", "Nguyen", "Kowalski", "O'Brien", "Murphy",
      "Campbell", "Mitchell", "Schmidt", "Tanaka"};
  private static final String[] MAIL_DOMAINS = {"example.com", "example.net", "example.org"};
  private static final String[] ROAD_NAMES = {"中山路", "人民路", "解放路", "建设路", "和平路",
      "长江路", "南京路", "文化路"};

  /** Relative share of orders per hour of day (Asia/Shanghai): evenings are busiest. */
  private static final double[] HOUR_WEIGHTS = {2.0, 1.0, 0.5, 0.3, 0.3, 0.4, 0.8, 1.5, 2.5,
      3.0, 3.5, 3.5, 3.5, 3.0, 3.0, 3.0, 3.0, 3.0, 3.5, 4.5, 5.5, 6.0, 5.5, 4.0};

  // ---------------------------------------------------------------------------------------------
  // The generator

  /** One order while it is being generated; numbered once all are known. */
  private static final class Draft {
    String number;
    int index;
    Customer customer;
    Store store;
    Item item;
    OrderStatus status;
    PaymentMethod payment;
    ShippingCarrier carrier;
    String tracking;
    Instant created;
    Instant paid;
    Instant shipped;
    Instant collected;
    Instant delivered;

    Order toOrder() {
      String title = "en".equals(customer.preferredLanguage()) ? item.en() : item.zh();
      return new Order(number, customer.id(), store.id(), title, item.category(), item.price(),
          "CNY", status, payment, carrier, tracking, created, paid, shipped, collected,
          delivered);
    }
  }

  private static final class Generator {
    private final Random random;
    private final Set<String> trackingNumbers = new HashSet<>();
    private final Map<LocalDate, Integer> dailySequence = new TreeMap<>();
    private final Map<String, Seller> sellers = new LinkedHashMap<>();
    private final List<Customer> customers = new ArrayList<>();

    Generator(long seed) {
      this.random = new Random(seed);
    }

    DemoMarketplaceData run() {
      generateSellers();
      List<Customer> wellKnown = wellKnownCustomers();
      customers.addAll(wellKnown);
      generateCustomers(wellKnown);
      List<Draft> drafts = new ArrayList<>(wellKnownOrders());
      List<Draft> generated = generateOrders(ORDER_COUNT - drafts.size());
      markFakeShipments(generated);
      number(generated);
      drafts.addAll(generated);
      List<Order> orders = new ArrayList<>();
      for (Draft draft : drafts) {
        orders.add(draft.toOrder());
      }
      orders.sort(Comparator.comparing(Order::createdAt).thenComparing(Order::orderNumber));
      return new DemoMarketplaceData(customers, List.copyOf(sellers.values()), orders);
    }

    // sellers --------------------------------------------------------------------------------

    private void generateSellers() {
      List<Integer> credits = new ArrayList<>(CREDIT_SCORES);
      Collections.shuffle(credits, random);
      int next = 0;
      for (Store store : STORES) {
        int credit = switch (store.id()) {
          case SELLER_TRUSTED -> 96;
          case SELLER_LOW_CREDIT -> 58;
          default -> credits.get(next++);
        };
        // buyers' rating follows the credit score, with some noise: 3.90 at 55, 4.95 at 99
        double score = 3.9 + (credit - 55) / 44.0 * 1.05 + (random.nextDouble() - 0.5) * 0.16;
        BigDecimal storeScore = BigDecimal.valueOf(Math.min(5.0, Math.max(0.0, score)))
            .setScale(2, java.math.RoundingMode.HALF_UP);
        sellers.put(store.id(), new Seller(store.id(), store.name(), credit, storeScore));
      }
    }

    // customers ------------------------------------------------------------------------------

    private static List<Customer> wellKnownCustomers() {
      return List.of(
          new Customer(CUSTOMER_ZH, "张伟", CustomerTier.NORMAL, "zh", "6621", "502室",
              "zhang.wei@example.com", Set.of(), at(2019, 3, 14, 9, 20)),
          new Customer(CUSTOMER_VIP, "王秀英", CustomerTier.VIP, "zh", "3308", "801室",
              "wangxiuying@example.com", Set.of(), at(2016, 7, 2, 20, 45)),
          new Customer(CUSTOMER_EN, "Emily Carter", CustomerTier.NORMAL, "en", "4417", "203室",
              "emily.carter@example.com", Set.of(), at(2024, 2, 19, 11, 5)),
          new Customer(CUSTOMER_AT_RISK, "李娜", CustomerTier.NORMAL, "zh", "9052", "101室",
              "lina88@example.net", Set.of(Customer.RECENT_ABNORMAL_LOGIN),
              at(2021, 5, 30, 18, 10)),
          new Customer(CUSTOMER_OTHER, "刘洋", CustomerTier.NORMAL, "zh", "7714", "602室",
              "liuyang@example.org", Set.of(), at(2020, 11, 8, 13, 0)));
    }

    private void generateCustomers(List<Customer> wellKnown) {
      int count = CUSTOMER_COUNT - wellKnown.size();
      int vip = Math.round(CUSTOMER_COUNT * 0.15f)
          - (int) wellKnown.stream().filter(Customer::isVip).count();
      int english = Math.round(CUSTOMER_COUNT * 0.30f)
          - (int) wellKnown.stream().filter(c -> "en".equals(c.preferredLanguage())).count();
      List<Boolean> vips = shuffledFlags(count, vip);
      List<Boolean> englishSpeakers = shuffledFlags(count, english);
      // four more accounts under watch: 5 of 80 flagged in all
      List<Set<String>> risks = new ArrayList<>();
      risks.add(Set.of(Customer.RECENT_ABNORMAL_LOGIN));
      risks.add(Set.of(Customer.RECENT_ABNORMAL_LOGIN, Customer.PHONE_RECENTLY_CHANGED));
      risks.add(Set.of(Customer.FREQUENT_REFUND_REQUESTS));
      risks.add(Set.of(Customer.FREQUENT_REFUND_REQUESTS));
      while (risks.size() < count) {
        risks.add(Set.of());
      }
      Collections.shuffle(risks, random);

      Set<String> names = new HashSet<>();
      Set<String> emails = new HashSet<>();
      wellKnown.forEach(c -> {
        names.add(c.displayName());
        emails.add(c.email());
      });
      Instant registeredFrom = at(2014, 1, 1, 0, 0);
      Instant registeredUntil = at(2026, 9, 30, 0, 0);
      for (int i = 0; i < count; i++) {
        String id = String.format(Locale.ROOT, "C%05d", wellKnown.size() + i + 1);
        boolean en = englishSpeakers.get(i);
        String name;
        String mailName;
        do {
          if (en) {
            String first = pick(FIRST_NAMES);
            String last = pick(LAST_NAMES);
            name = first + " " + last;
            mailName = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
          } else {
            String[] surname = pick(SURNAMES).split(":");
            String[] given = pick(GIVEN_NAMES).split(":");
            name = surname[0] + given[0];
            mailName = surname[1] + (random.nextBoolean() ? "." : "") + given[1];
          }
        } while (!names.add(name));
        String email = null;
        if (random.nextInt(10) != 0) { // one in ten accounts is phone-only
          String candidate;
          do {
            candidate = mailName + (random.nextBoolean() ? "" : random.nextInt(100)) + "@"
                + pick(MAIL_DOMAINS);
          } while (!emails.add(candidate));
          email = candidate;
        }
        String phoneLast4 = String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
        customers.add(new Customer(id, name, vips.get(i) ? CustomerTier.VIP : CustomerTier.NORMAL,
            en ? "en" : "zh", phoneLast4, addressLast4(), email, risks.get(i),
            between(registeredFrom, registeredUntil)));
      }
    }

    /** Builds the tail of a plausible Chinese address and keeps its last four characters only. */
    private String addressLast4() {
      String tail = switch (random.nextInt(4)) {
        case 0, 1 -> (1 + random.nextInt(30)) + "栋" + (1 + random.nextInt(32))
            + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(6)) + "室";
        case 2 -> (1 + random.nextInt(20)) + "号楼" + (1 + random.nextInt(6)) + "单元"
            + (1 + random.nextInt(18)) + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(4));
        default -> pick(ROAD_NAMES) + (1 + random.nextInt(999)) + "号";
      };
      while (tail.length() < 4) {
        tail = pick(ROAD_NAMES) + tail;
      }
      return tail.substring(tail.length() - 4);
    }

    private List<Boolean> shuffledFlags(int count, int trues) {
      List<Boolean> flags = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        flags.add(i < trues);
      }
      Collections.shuffle(flags, random);
      return flags;
    }

    // orders ---------------------------------------------------------------------------------

    private List<Draft> wellKnownOrders() {
      List<Draft> orders = List.of(
          known(ORDER_DELIVERED, CUSTOMER_ZH, "S0001", MI_BAND, OrderStatus.DELIVERED,
              PaymentMethod.ALIPAY, ShippingCarrier.SF, "SF1402638154729",
              cst(11, 1, 10, 12), cst(11, 1, 10, 13), cst(11, 1, 16, 40), cst(11, 1, 18, 5),
              cst(11, 2, 14, 30)),
          known(ORDER_CANCELLED, CUSTOMER_ZH, "S0010", BEDDING, OrderStatus.CANCELLED,
              null, null, null, cst(10, 10, 21, 30), null, null, null, null),
          known(ORDER_UNPAID, CUSTOMER_ZH, "S0009", KETTLE, OrderStatus.CREATED,
              null, null, null, cst(11, 30, 23, 41), null, null, null, null),
          known(ORDER_VIP_LARGE, CUSTOMER_VIP, "S0001", MATE_X6, OrderStatus.DELIVERED,
              PaymentMethod.ALIPAY, ShippingCarrier.JD, "JDVA26111100421",
              cst(11, 11, 0, 3), cst(11, 11, 0, 4), cst(11, 11, 10, 20), cst(11, 11, 11, 5),
              cst(11, 12, 9, 45)),
          known(ORDER_VIP_REFUNDED, CUSTOMER_VIP, "S0008", LIPSTICK, OrderStatus.REFUNDED,
              PaymentMethod.WECHAT_PAY, ShippingCarrier.EMS, "1178234519026",
              cst(10, 30, 20, 15), cst(10, 30, 20, 16), cst(10, 31, 11, 0), cst(10, 31, 16, 30),
              cst(11, 2, 10, 10)),
          known(ORDER_EN_DELIVERED, CUSTOMER_EN, "S0014", FLEECE, OrderStatus.DELIVERED,
              PaymentMethod.WECHAT_PAY, ShippingCarrier.ZTO, "78316052847193",
              cst(10, 24, 19, 2), cst(10, 24, 19, 3), cst(10, 25, 10, 0), cst(10, 25, 17, 20),
              cst(10, 27, 15, 40)),
          known(ORDER_EN_IN_TRANSIT, CUSTOMER_EN, "S0011", USB_CABLE, OrderStatus.SHIPPED,
              PaymentMethod.ALIPAY, ShippingCarrier.YTO, "YT7534016628815",
              cst(11, 28, 21, 5), cst(11, 28, 21, 6), cst(11, 29, 10, 0), cst(11, 29, 15, 20),
              null),
          known(ORDER_AT_RISK_PAID, CUSTOMER_AT_RISK, "S0009", DYSON, OrderStatus.PAID,
              PaymentMethod.ALIPAY, null, null, cst(11, 29, 3, 12), cst(11, 29, 3, 13), null,
              null, null),
          known(ORDER_OF_OTHER_CUSTOMER, CUSTOMER_OTHER, "S0003", DOWN_JACKET,
              OrderStatus.DELIVERED, PaymentMethod.WECHAT_PAY, ShippingCarrier.YUNDA,
              "4613370529184", cst(11, 5, 12, 30), cst(11, 5, 12, 31), cst(11, 6, 9, 0),
              cst(11, 6, 14, 0), cst(11, 8, 11, 20)),
          known(ORDER_FAKE_SHIPMENT, CUSTOMER_OTHER, SELLER_LOW_CREDIT, STORAGE_BOXES,
              OrderStatus.SHIPPED, PaymentMethod.WECHAT_PAY, ShippingCarrier.ZTO,
              "78316099102455", cst(11, 15, 9, 30), cst(11, 15, 9, 31), cst(11, 15, 18, 0),
              null, null));
      for (Draft draft : orders) {
        dailySequence.merge(localDate(draft.created), 1, Integer::sum);
        if (draft.tracking != null) {
          trackingNumbers.add(draft.tracking);
        }
      }
      return orders;
    }

    private Draft known(String number, String customerId, String sellerId, Item item,
        OrderStatus status, PaymentMethod payment, ShippingCarrier carrier, String tracking,
        Instant created, Instant paid, Instant shipped, Instant collected, Instant delivered) {
      Draft draft = new Draft();
      draft.number = number;
      draft.customer = customers.stream().filter(c -> c.id().equals(customerId)).findFirst()
          .orElseThrow();
      draft.store = STORES.stream().filter(s -> s.id().equals(sellerId)).findFirst()
          .orElseThrow();
      draft.item = item;
      draft.status = status;
      draft.payment = payment;
      draft.carrier = carrier;
      draft.tracking = tracking;
      draft.created = created;
      draft.paid = paid;
      draft.shipped = shipped;
      draft.collected = collected;
      draft.delivered = delivered;
      return draft;
    }

    private List<Draft> generateOrders(int count) {
      double[] customerWeights = new double[customers.size()];
      for (int i = 0; i < customerWeights.length; i++) {
        Customer customer = customers.get(i);
        // the well-known customers keep exactly their documented orders; VIPs buy more
        customerWeights[i] = WELL_KNOWN_CUSTOMERS.contains(customer.id()) ? 0.0
            : customer.isVip() ? 3.0 : 1.0;
      }
      List<String> categories = List.copyOf(CATEGORY_WEIGHTS.keySet());
      double[] categoryWeights = categories.stream().mapToDouble(CATEGORY_WEIGHTS::get).toArray();
      List<LocalDate> days = new ArrayList<>();
      for (LocalDate d = localDate(FROM); d.isBefore(localDate(AS_OF)); d = d.plusDays(1)) {
        days.add(d);
      }
      double[] dayWeights = days.stream().mapToDouble(Generator::dayWeight).toArray();

      List<Draft> drafts = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        Draft draft = new Draft();
        draft.index = i;
        draft.customer = customers.get(pick(customerWeights));
        String category = categories.get(pick(categoryWeights));
        List<Store> stores = STORES.stream().filter(s -> s.category().equals(category)).toList();
        draft.store = stores.get(random.nextInt(stores.size()));
        draft.item = pickItem(category, draft.customer.isVip());
        LocalDate day = days.get(pick(dayWeights));
        int hour = pick(day.getMonthValue() == 11 && day.getDayOfMonth() == 11
            ? doubleElevenHours() : HOUR_WEIGHTS);
        draft.created = day.atTime(hour, 0).atZone(ZONE).toInstant()
            .plusSeconds(random.nextInt(3600));
        live(draft);
        drafts.add(draft);
      }
      return drafts;
    }

    private static double dayWeight(LocalDate day) {
      int month = day.getMonthValue();
      int dom = day.getDayOfMonth();
      if (month == 10) {
        return dom <= 7 ? 1.3 : dom >= 21 ? 1.2 : 1.0; // National Day week; Double 11 pre-sale
      }
      return dom <= 10 ? 1.4 : dom == 11 ? 6.0 : 0.9;
    }

    private static double[] doubleElevenHours() {
      double[] hours = HOUR_WEIGHTS.clone();
      hours[0] = 12.0; // the midnight rush when Double 11 opens
      return hours;
    }

    private Item pickItem(String category, boolean vip) {
      List<Item> items = CATALOGUE.stream().filter(it -> it.category().equals(category)).toList();
      double[] weights = new double[items.size()];
      for (int i = 0; i < weights.length; i++) {
        // cheap things sell more often; VIP buyers less sensitive to price
        weights[i] = Math.pow(items.get(i).price().doubleValue(), vip ? -0.25 : -0.5);
      }
      return items.get(pick(weights));
    }

    /** Lets the order live from its creation up to {@link #AS_OF}. */
    private void live(Draft draft) {
      double refundFactor = draft.customer.hasRiskFlag(Customer.FREQUENT_REFUND_REQUESTS) ? 4 : 1;
      if (random.nextInt(100) < 6) { // never paid: the buyer cancels, or it closes after 24 h
        Instant closed = random.nextBoolean() ? draft.created.plus(Duration.ofHours(24))
            : draft.created.plusSeconds(120 + random.nextInt(36_000));
        draft.status = closed.isAfter(AS_OF) ? OrderStatus.CREATED : OrderStatus.CANCELLED;
        return;
      }
      Instant paid = draft.created.plusSeconds(10 + random.nextInt(900));
      if (paid.isAfter(AS_OF)) {
        draft.status = OrderStatus.CREATED;
        return;
      }
      draft.paid = paid;
      int method = random.nextInt(100);
      draft.payment = method < 50 ? PaymentMethod.ALIPAY
          : method < 88 ? PaymentMethod.WECHAT_PAY : PaymentMethod.UNIONPAY;
      if (random.nextDouble() < 0.03 * refundFactor) { // refunded before shipping
        Instant refunded = paid.plusSeconds(3600 + random.nextInt(35 * 3600));
        draft.status = refunded.isAfter(AS_OF) ? OrderStatus.PAID : OrderStatus.REFUNDED;
        return;
      }
      // sellers ship within hours, some take up to three days (skewed towards quick)
      double u = random.nextDouble();
      Instant shipped = paid.plusSeconds(2 * 3600 + (long) (u * u * 70 * 3600));
      if (shipped.isAfter(AS_OF)) {
        draft.status = OrderStatus.PAID;
        return;
      }
      draft.shipped = shipped;
      draft.carrier = random.nextInt(100) < 80 ? draft.store.carrier()
          : ShippingCarrier.values()[random.nextInt(ShippingCarrier.values().length)];
      draft.tracking = trackingNumber(draft.carrier);
      Instant collected = shipped.plusSeconds(1800 + random.nextInt(19 * 3600));
      if (collected.isAfter(AS_OF)) {
        draft.status = OrderStatus.SHIPPED; // uploaded less than 20 h ago, not picked up yet
        return;
      }
      draft.collected = collected;
      boolean express = draft.carrier == ShippingCarrier.SF || draft.carrier == ShippingCarrier.JD;
      Instant delivered = collected.plusSeconds(express
          ? 12 * 3600 + random.nextInt(36 * 3600) : 30 * 3600 + random.nextInt(66 * 3600));
      if (delivered.isAfter(AS_OF)) {
        draft.status = OrderStatus.SHIPPED;
        return;
      }
      draft.delivered = delivered;
      boolean returned = random.nextDouble() < 0.07 * refundFactor;
      Instant refunded = delivered.plusSeconds(86_400 + random.nextInt(9 * 86_400));
      draft.status = returned && !refunded.isAfter(AS_OF)
          ? OrderStatus.REFUNDED : OrderStatus.DELIVERED;
    }

    /**
     * Turns a few delivered orders into fake shipments: tracking number uploaded between
     * 2026-11-03 and 2026-11-20, never collected. Sellers with poor credit first.
     */
    private void markFakeShipments(List<Draft> drafts) {
      Instant from = LocalDate.of(2026, 11, 3).atStartOfDay(ZONE).toInstant();
      Instant until = LocalDate.of(2026, 11, 21).atStartOfDay(ZONE).toInstant();
      List<Draft> poorCredit = new ArrayList<>();
      List<Draft> others = new ArrayList<>();
      for (Draft draft : drafts) {
        if (draft.status == OrderStatus.DELIVERED && !draft.shipped.isBefore(from)
            && draft.shipped.isBefore(until)) {
          (sellers.get(draft.store.id()).creditScore() < 75 ? poorCredit : others).add(draft);
        }
      }
      Collections.shuffle(poorCredit, random);
      Collections.shuffle(others, random);
      poorCredit.addAll(others);
      for (Draft draft : poorCredit.subList(0, GENERATED_FAKE_SHIPMENTS)) {
        draft.status = OrderStatus.SHIPPED;
        draft.collected = null;
        draft.delivered = null;
      }
    }

    /** Order numbers: O, the Asia/Shanghai date of creation, a five-digit number of that day. */
    private void number(List<Draft> drafts) {
      List<Draft> byTime = new ArrayList<>(drafts);
      byTime.sort(Comparator.comparing((Draft d) -> d.created).thenComparingInt(d -> d.index));
      for (Draft draft : byTime) {
        LocalDate day = localDate(draft.created);
        int sequence = dailySequence.merge(day, 1, Integer::sum);
        draft.number = String.format(Locale.ROOT, "O%s%05d", ORDER_DATE.format(day), sequence);
      }
    }

    private String trackingNumber(ShippingCarrier carrier) {
      String number;
      do {
        number = switch (carrier) {
          case SF -> "SF1" + digits(12);
          case ZTO -> "78" + digits(12);
          case YTO -> "YT" + digits(13);
          case YUNDA -> (random.nextBoolean() ? "43" : "46") + digits(11);
          case JD -> "JDV" + (char) ('A' + random.nextInt(5)) + digits(11);
          case EMS -> "11" + digits(11);
        };
      } while (!trackingNumbers.add(number));
      return number;
    }

    // randomness -----------------------------------------------------------------------------

    private String digits(int count) {
      StringBuilder digits = new StringBuilder(count);
      for (int i = 0; i < count; i++) {
        digits.append((char) ('0' + random.nextInt(10)));
      }
      return digits.toString();
    }

    private <T> T pick(T[] values) {
      return values[random.nextInt(values.length)];
    }

    private int pick(double[] weights) {
      double total = 0;
      for (double w : weights) {
        total += w;
      }
      double r = random.nextDouble() * total;
      for (int i = 0; i < weights.length; i++) {
        r -= weights[i];
        if (r < 0) {
          return i;
        }
      }
      return weights.length - 1;
    }

    private Instant between(Instant from, Instant until) {
      long seconds = Duration.between(from, until).getSeconds();
      return from.plusSeconds((long) (random.nextDouble() * seconds));
    }
  }

  private static LocalDate localDate(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  private static Instant at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(ZONE).toInstant();
  }

  /** A time in 2026, Asia/Shanghai (China Standard Time). */
  private static Instant cst(int month, int day, int hour, int minute) {
    return at(2026, month, day, hour, minute);
  }
}
