package eu.chorus.profile;

/**
 * The default profile (the GPAI Code of Practice) and its groups, for tests written against the
 * sample export.
 */
public final class GpaiProfile {

  public static final ConsultationProfile PROFILE =
      ConsultationProfile.load("gpai-code-of-practice");

  public static final StakeholderGroup GPAI_PROVIDER = group("GPAI_PROVIDER");
  public static final StakeholderGroup DOWNSTREAM_PROVIDER = group("DOWNSTREAM_PROVIDER");
  public static final StakeholderGroup INDUSTRY_ASSOCIATION = group("INDUSTRY_ASSOCIATION");
  public static final StakeholderGroup CIVIL_SOCIETY = group("CIVIL_SOCIETY");
  public static final StakeholderGroup RIGHTSHOLDER = group("RIGHTSHOLDER");
  public static final StakeholderGroup ACADEMIA = group("ACADEMIA");
  public static final StakeholderGroup OTHER = group("OTHER");

  private GpaiProfile() {}

  public static StakeholderGroup group(String code) {
    return PROFILE
        .group(code)
        .orElseThrow(() -> new AssertionError("no group " + code + " in " + PROFILE.id()));
  }
}
